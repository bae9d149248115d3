#include "suggest.h"

#include <algorithm>

#include "utf8.h"

namespace shifan::detail {

namespace {

std::u32string code_points(std::string_view text) {
  std::u32string out;
  for_each_code_point(text, [&](char32_t c) { out.push_back(c); });
  return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
  std::u32string a = code_points(a_text);
  std::u32string b = code_points(b_text);
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    row[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::u32string target = code_points(word);
  if (target.size() > 64) {
    return {};
  }
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(1, target.size() / 3) + 1;
  for (const std::string& candidate : candidates) {
    std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string match = closest_match(word, candidates);
  return match.empty() ? std::string() : " (是否想写 '" + match + "'?)";
}

}  // namespace shifan::detail
