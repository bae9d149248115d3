#include "full_width.h"

#include <fmt/format.h>

#include "utf8.h"

namespace shifan::detail {

namespace {

constexpr char32_t k_ideographic_space = 0x3000;
constexpr char32_t k_full_colon = 0xFF1A;

bool is_key_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The number of leading spaces, or of leading U+3000 (3 bytes each) when
// `*ideographic` is set.
std::size_t indent_of(std::string_view line, bool* ideographic) {
  std::size_t pos = 0;
  *ideographic = false;
  while (pos < line.size()) {
    if (line[pos] == ' ') {
      ++pos;
    } else if (line.substr(pos).starts_with("\u3000")) {
      *ideographic = true;
      pos += 3;
    } else {
      break;
    }
  }
  return pos;
}

// A line that opens a block scalar: its value is `|` or `>` with indicators.
bool opens_block_scalar(std::string_view line) {
  std::size_t hash = line.find(" #");
  line = line.substr(0, hash);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  while (!line.empty() && (line.back() == '-' || line.back() == '+' || (line.back() >= '0' && line.back() <= '9'))) {
    line.remove_suffix(1);
  }
  if (line.empty() || (line.back() != '|' && line.back() != '>')) {
    return false;
  }
  line.remove_suffix(1);
  return line.empty() || line.ends_with(": ") || line.ends_with("- ") || line.ends_with(':') || line == "-";
}

}  // namespace

bool is_full_width(char32_t c) {
  return (c >= 0xFF01 && c <= 0xFF5E) || c == k_ideographic_space || c == 0x3002;
}

std::string half_width(std::string_view text) {
  std::string out;
  for_each_code_point(text, [&](char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
      out += static_cast<char>(c - 0xFF01 + 0x21);
    } else if (c == k_ideographic_space) {
      out += ' ';
    } else if (c == 0x3002) {
      out += '.';
    } else {
      append_utf8(out, c);
    }
  });
  return out;
}

bool check_yaml_full_width(const Source& source, Diagnostics& diagnostics) {
  std::size_t before = diagnostics.size();
  std::size_t block_indent = std::string_view::npos;  // inside a block scalar deeper than this
  std::string_view text = source.text();
  if (text.find("\uFF1A") == std::string_view::npos && text.find("\u3000") == std::string_view::npos) {
    return true;  // the usual file: neither character this looks for is there
  }
  int number = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    start = end == std::string_view::npos ? text.size() : end + 1;
    ++number;
    bool ideographic = false;
    std::size_t indent = indent_of(line, &ideographic);
    std::string_view rest = line.substr(indent);
    bool blank = rest.empty() || rest == "\r";
    if (block_indent != std::string_view::npos && (blank || indent > block_indent)) {
      continue;  // a block scalar's text
    }
    block_indent = std::string_view::npos;
    if (blank || rest.starts_with('#')) {
      continue;
    }
    if (ideographic) {
      diagnostics.push_back(source.diagnose(number, 1, "行首缩进用了全角空格 (U+3000); 请用半角空格缩进"));
      continue;
    }
    if (opens_block_scalar(line)) {
      block_indent = indent;
    }
    while (rest.starts_with("- ")) {
      rest.remove_prefix(2);
    }
    std::size_t key = 0;
    while (key < rest.size() && is_key_character(rest[key])) {
      ++key;
    }
    std::size_t pos = key;
    if (key == 0 || decode_code_point(rest, pos) != k_full_colon) {
      continue;
    }
    std::string_view name = rest.substr(0, key);
    std::string_view value = rest.substr(pos);
    while (value.starts_with(' ') || value.starts_with("\u3000")) {
      value.remove_prefix(value.starts_with(' ') ? 1 : 3);
    }
    if (value.ends_with('\r')) {
      value.remove_suffix(1);
    }
    std::size_t offset = static_cast<std::size_t>(rest.data() - line.data()) + key;
    int column = 1;
    for_each_code_point(line.substr(0, offset), [&](char32_t) { ++column; });
    diagnostics.push_back(source.diagnose(
        number, column,
        fmt::format("键 '{}' 后面是全角冒号 '：'; 请写半角冒号和空格: {}: {}", name, name, half_width(value))));
  }
  return diagnostics.size() == before;
}

}  // namespace shifan::detail
