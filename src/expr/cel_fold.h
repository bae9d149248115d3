// Compile-time rewriting of a checked tree: constant folding, counting
// filters and compact slots.
#pragma once

#include <vector>

#include "cel_ast.h"

namespace shifan::detail {

// Replaces every subtree that reads no variable by its value (a map literal
// becomes one shared map), and size(x.filter(...)) by a counting loop that
// builds no list. `slot_count` as the checker set it.
void fold_constants(AstNode& root, int slot_count);

// Renumbers slots so that the variables marked in `read` (of
// `variable_count`) take slots 0.. in order and comprehension variables follow
// them: an evaluation then fills only what the tree reads. Returns the new
// slot count; `slot_count` as the checker set it.
int compact_slots(AstNode& root, const std::vector<bool>& read, int slot_count);

}  // namespace shifan::detail
