// Positions inside a scalar's text mapped back to its source file, for
// diagnostics about expressions written in a rubric.
#pragma once

#include <cstddef>
#include <string_view>

#include "shifan/diagnostic.h"
#include "shifan/document.h"

namespace shifan::detail {

// The source position of code point `offset` of `node.text`. Exact for plain
// and quoted one-line scalars (after the opening quote) and literal block
// scalars (`|`); line by line for folded and multi-line ones; escapes in
// quoted scalars are not accounted for.
Mark scalar_position(const shifan::Node& node, const Source& source, std::size_t offset);

// The code point offset of a 1-based line and column in `text`.
std::size_t text_offset(std::string_view text, int line, int column);

}  // namespace shifan::detail
