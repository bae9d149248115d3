// The syntax tree of an expression, annotated in place by the checker.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shifan/value.h"

namespace shifan::detail {

struct Builtin;

enum class NodeKind : std::uint8_t {
  constant,       // `value`
  ident,          // `name`; the checker sets `slot`
  select,         // children[0].name
  has,            // has(children[0].name)
  call,           // `name`: function or operator ("_+_", "!_", "_[_]", "@in")
  list,           // [children...]
  map,            // {children[0]: children[1], ...}
  logic_and,      // children[0] && children[1] && ...
  logic_or,
  conditional,    // children[0] ? children[1] : children[2]
  comprehension,  // range children[0], then the macro's expressions; `name` is the variable
};

enum class Macro : std::uint8_t { none, all, exists, exists_one, map, map_filter, filter, count };

// The macros written as member calls, `list.exists(x, p)`, by name.
inline constexpr std::pair<std::string_view, Macro> k_macros[] = {
    {"all", Macro::all}, {"exists", Macro::exists}, {"exists_one", Macro::exists_one},
    {"map", Macro::map}, {"filter", Macro::filter}};

struct AstNode {
  NodeKind kind = NodeKind::constant;
  Macro macro = Macro::none;
  bool member_call = false;  // receiver.name(args): the receiver is children[0]
  int depth = 1;             // 1 + the deepest child
  std::size_t offset = 0;    // byte offset of the node's token in the expression
  std::string name;
  Value value;
  std::vector<AstNode> children;

  // Set by the checker.
  int slot = -1;                      // variable slot of an ident or comprehension
  const Builtin* builtin = nullptr;   // resolved function of a call
  // Where a select last found its field (a cache; updated with relaxed atomics).
  mutable std::uint32_t field_hint = 0;
};

}  // namespace shifan::detail
