#include "utf8.h"

namespace shifan::detail {

char32_t decode_code_point(std::string_view text, std::size_t& pos) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(pos);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && pos + 2 < text.size() &&
      (byte(pos + 1) & 0xC0) == 0x80 && (byte(pos + 2) & 0xC0) == 0x80) {
    // Three bytes after E1–EC or EE–EF, as most CJK text is: never overlong
    // nor a surrogate, so nothing more to check.
    char32_t c = (char32_t{lead} & 0x0F) << 12 | (char32_t{byte(pos + 1)} & 0x3F) << 6 |
                 (char32_t{byte(pos + 2)} & 0x3F);
    pos += 3;
    return c;
  }
  int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (lead >= 0xF5 || length == 0 || pos + static_cast<std::size_t>(length) > text.size()) {
    ++pos;
    return 0xFFFD;
  }
  char32_t c = lead & (0x7F >> length);
  for (int i = 1; i < length; ++i) {
    unsigned char next = byte(pos + static_cast<std::size_t>(i));
    if ((next & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    c = (c << 6) | (next & 0x3F);
  }
  bool overlong = (length == 3 && c < 0x800) || (length == 4 && c < 0x10000);
  if (overlong || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    ++pos;
    return 0xFFFD;
  }
  pos += static_cast<std::size_t>(length);
  return c;
}

std::size_t find_invalid_utf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    if (pos + 8 <= text.size() && (load_word(text, pos) & k_word_high_bits) == 0) {
      pos += 8;  // eight ASCII bytes at once: most text is ASCII
      continue;
    }
    std::size_t start = pos;
    char32_t c = decode_code_point(text, pos);
    bool real_fffd = pos - start == 3;  // U+FFFD itself is three bytes
    if (c == 0xFFFD && !real_fffd) {
      return start;
    }
  }
  return std::string_view::npos;
}

std::string_view prefix_code_points(std::string_view text, int count) {
  std::size_t pos = 0;
  for (int i = 0; i < count && pos < text.size(); ++i) {
    decode_code_point(text, pos);
  }
  return text.substr(0, pos);
}

bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
         (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
         (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

std::string expand_tabs(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\t') {
      c = ' ';
    }
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  auto put = [&](unsigned value) { out.push_back(static_cast<char>(value)); };
  if (c < 0x80) {
    put(c);
  } else if (c < 0x800) {
    put(0xC0 | (c >> 6));
    put(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    put(0xE0 | (c >> 12));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  } else {
    put(0xF0 | (c >> 18));
    put(0x80 | ((c >> 12) & 0x3F));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  }
}

}  // namespace shifan::detail
