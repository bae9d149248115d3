// Stage 4 of the expression language: evaluating a checked tree.
#pragma once

#include "cel_ast.h"
#include "cel_builtins.h"

namespace shifan::detail {

struct Frame {
  const Value** slots = nullptr;  // variables, then comprehension variables
  Budget& budget;
};

// Evaluates `node`. The result refers to `scratch`, to a slot's value or to
// the tree's constants, so it lives as long as they do. Never throws.
const Value& eval(const AstNode& node, Frame& frame, Value& scratch);

// eval() with the two commonest cases inline.
inline const Value& eval_operand(const AstNode& node, Frame& frame, Value& scratch) {
  if (node.kind == NodeKind::constant) {
    return node.value;
  }
  if (node.kind == NodeKind::ident) {
    return *frame.slots[node.slot];
  }
  return eval(node, frame, scratch);
}

// Evaluates a tree that reads no variables; `slot_count` as for the program.
Value eval_closed(const AstNode& node, int slot_count);

}  // namespace shifan::detail
