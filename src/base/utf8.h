// UTF-8 helpers shared by the readers and the renderers.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace shifan::detail {

// Decodes one code point at `pos`, advancing it; returns U+FFFD and advances
// one byte on a malformed sequence.
char32_t decode_code_point(std::string_view text, std::size_t& pos);

template <typename F>
void for_each_code_point(std::string_view text, F&& f) {
  for (std::size_t pos = 0; pos < text.size();) {
    f(decode_code_point(text, pos));
  }
}

// Eight bytes at once, for fast paths over runs of ASCII: `pos + 8` must
// not be past the end of `text`.
inline std::uint64_t load_word(std::string_view text, std::size_t pos) {
  std::uint64_t word = 0;
  std::memcpy(&word, text.data() + pos, sizeof word);
  return word;
}
inline constexpr std::uint64_t k_word_high_bits = 0x8080808080808080U;

// The byte offset of the first malformed UTF-8 sequence, or npos.
std::size_t find_invalid_utf8(std::string_view text);

// The first `count` code points of `text`.
std::string_view prefix_code_points(std::string_view text, int count);

// True for East Asian Wide and Fullwidth characters (two terminal columns).
bool is_wide(char32_t c);

// Tabs become single spaces, so a caret line and its source align.
std::string expand_tabs(std::string_view text);

void append_utf8(std::string& out, char32_t c);

}  // namespace shifan::detail
