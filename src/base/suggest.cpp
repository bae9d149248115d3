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

constexpr std::u32string_view k_chinese_digits = U"〇一二三四五六七八九";

bool is_numeral(char32_t c) {
  return k_chinese_digits.find(c) != std::u32string_view::npos || c == U'零' || c == U'十' || c == U'百' ||
         c == U'千' || c == U'万';
}

// Digits (ASCII or full-width) as Chinese numerals: "2类" reads as "二类".
std::u32string numerals_as_chinese(std::u32string text) {
  for (char32_t& c : text) {
    if (c >= U'0' && c <= U'9') {
      c = k_chinese_digits[c - U'0'];
    } else if (c >= 0xFF10 && c <= 0xFF19) {
      c = k_chinese_digits[c - 0xFF10];
    }
  }
  return text;
}

// Levenshtein distance where, with `numerals`, replacing one Chinese numeral
// by another costs 2: a different number is a different value, not a typo
// ("四类" is not "一类").
std::size_t distance(const std::u32string& a, const std::u32string& b, bool numerals) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    row[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      std::size_t change = a[i - 1] == b[j - 1] ? 0 : (numerals && is_numeral(a[i - 1]) && is_numeral(b[j - 1]) ? 2 : 1);
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + change});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
  return distance(code_points(a_text), code_points(b_text), false);
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::u32string target = code_points(word);
  if (target.size() > 64) {
    return {};
  }
  std::u32string normal = numerals_as_chinese(target);
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(1, target.size() / 3) + 1;
  for (const std::string& candidate : candidates) {
    // Chinese numbers ("二类") compare by number; ids such as "A9" stay plain text.
    std::u32string other = code_points(candidate);
    bool chinese = std::any_of(other.begin(), other.end(), is_numeral);
    std::size_t typos = chinese ? distance(normal, other, true) : distance(target, other, false);
    if (typos < best_distance) {
      best = candidate;
      best_distance = typos;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string match = closest_match(word, candidates);
  return match.empty() ? std::string() : " (是否想写 '" + match + "'?)";
}

}  // namespace shifan::detail
