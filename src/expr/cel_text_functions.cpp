// Functions for texts that name what they found (reason templates):
// known(x) and l.join(sep).
#include <fmt/format.h>

#include "cel_builtins.h"

namespace shifan::detail {

namespace {

using Kind = Value::Kind;
using Args = std::span<const Value* const>;
using K = Type::Kind;

// known(x): false for an unknown (a fact the station does not give), else true.
Value known(Args args, Budget&) {
  return Value::boolean(!args[0]->is_unknown());
}

Type known_rule(std::span<const Type>, std::string&) {
  return Type::boolean();
}

// l.join() and l.join(sep): a list of strings as one string; unknown when
// an element is.
Value join(Args args, Budget& budget) {
  if (args[0]->kind() != Kind::list_type || (args.size() == 2 && args[1]->kind() != Kind::string_type)) {
    return overload_error(*find_builtin("join", true, args.size()), args);
  }
  std::string_view separator = args.size() == 2 ? args[1]->as_string() : std::string_view();
  const std::vector<Value>& list = args[0]->as_list();
  Value unknown;
  std::size_t size = 0;
  for (const Value& element : list) {
    if (element.is_unknown()) {
      unknown = unknown.is_unknown() ? Value::merge_unknowns(unknown, element) : element;
    } else if (element.kind() != Kind::string_type) {
      return Value::error(fmt::format("join() 的列表元素须为字符串, 而不是 {}", type_name(element.kind())));
    } else {
      size += element.as_string().size() + separator.size();
    }
  }
  if (unknown.is_unknown()) {
    return unknown;
  }
  if (size > k_max_string_bytes) {
    return Value::error(fmt::format("字符串过大 (上限 {})", k_max_string_bytes));
  }
  if (!budget.spend(list.size() + size / 64)) {
    return budget_error(budget);
  }
  std::string out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    out += (i == 0 ? "" : separator);
    out += list[i].as_string();
  }
  return Value::string(std::move(out));
}

Type join_rule(std::span<const Type> args, std::string& problem) {
  bool list_ok = args[0].is_dyn() ||
                 (args[0].kind() == K::list_type &&
                  (args[0].element().is_dyn() || args[0].element().kind() == K::string_type));
  bool separator_ok = args.size() == 1 || args[1].is_dyn() || args[1].kind() == K::string_type;
  if (!list_ok || !separator_ok) {
    problem = overload_problem("join", args);
  }
  return Type::string();
}

}  // namespace

void add_text_builtins(std::vector<Builtin>& out) {
  out.push_back({"known", "known", true, false, 1, known, known_rule, true});
  out.push_back({"join", "join", false, true, 1, join, join_rule});
  out.push_back({"join", "join", false, true, 2, join, join_rule});
}

}  // namespace shifan::detail
