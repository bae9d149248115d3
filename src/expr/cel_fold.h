// Compile-time rewriting of a checked tree: constant folding and counting
// filters.
#pragma once

#include "cel_ast.h"

namespace shifan::detail {

// Replaces every subtree that reads no variable by its value (a map literal
// becomes one shared map), and size(x.filter(...)) by a counting loop that
// builds no list. `slot_count` as the checker set it.
void fold_constants(AstNode& root, int slot_count);

}  // namespace shifan::detail
