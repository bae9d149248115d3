// The macros all, exists, exists_one, map and filter.
#pragma once

#include "cel_eval.h"

namespace shifan::detail {

// Evaluates a comprehension node. all/exists fold like &&/||: a deciding
// element absorbs errors and unknowns of others; the other macros return
// unknown (or else the first error) when any step is unknown (or an error).
Value eval_comprehension(const AstNode& node, Frame& frame);

}  // namespace shifan::detail
