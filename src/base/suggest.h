// "Did you mean" suggestions for misspelt keys, ids and names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace shifan::detail {

// Levenshtein distance between two strings, counted in code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` by edit distance (in code points), when it
// is close enough to be a likely typo; otherwise "". Digits match Chinese
// numerals ("2类" finds "二类"); one numeral for another is no typo ("四类"
// finds nothing among 一类, 二类, 三类).
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// " (是否想写 'x'?)" for the closest candidate, or "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace shifan::detail
