// Laying out text for a terminal or a document: padding and cutting by
// display width, score ranges.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "shifan/decimal.h"

namespace shifan::detail {

// `text` padded with spaces to `width` terminal columns (Chinese characters
// count two), so columns of Chinese text line up.
std::string pad(std::string_view text, std::size_t width);

// `text` when it fits in `width` terminal columns; otherwise its longest
// prefix of whole code points that fits with "…" after it.
std::string fit_width(std::string_view text, std::size_t width);

// `line` without trailing spaces.
std::string trim_end(std::string line);

// "95" when decided, "88.5–96.5" when not.
std::string score_range(Decimal low, Decimal high);

}  // namespace shifan::detail
