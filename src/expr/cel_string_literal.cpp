#include "cel_string_literal.h"

#include "utf8.h"

namespace shifan::detail {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

// Reads `count` hex digits at `pos`; -1 when malformed.
long read_hex(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) {
    return -1;
  }
  long value = 0;
  for (std::size_t i = 0; i < count; ++i) {
    int digit = hex_value(text[pos + i]);
    if (digit < 0) {
      return -1;
    }
    value = value * 16 + digit;
  }
  return value;
}

// Decodes the escape whose backslash is at `pos`; returns the bytes consumed,
// or 0 when it is malformed.
std::size_t decode_escape(std::string_view text, std::size_t pos, bool bytes, std::string& out) {
  const char c = pos + 1 < text.size() ? text[pos + 1] : '\0';
  switch (c) {
    case 'a': out += '\a'; return 2;
    case 'b': out += '\b'; return 2;
    case 'f': out += '\f'; return 2;
    case 'n': out += '\n'; return 2;
    case 'r': out += '\r'; return 2;
    case 't': out += '\t'; return 2;
    case 'v': out += '\v'; return 2;
    case '\\': case '?': case '"': case '\'': case '`': out += c; return 2;
    default: break;
  }
  long code = -1;
  std::size_t length = 0;
  bool single_byte = false;
  if (c == 'x' || c == 'X') {
    code = read_hex(text, pos + 2, 2);
    length = 4;
    single_byte = bytes;
  } else if (c == 'u' || c == 'U') {
    length = c == 'u' ? 4 : 8;
    code = read_hex(text, pos + 2, length);
    length += 2;
  } else if (c >= '0' && c <= '3') {
    code = 0;
    for (std::size_t i = 1; i <= 3; ++i) {
      char d = pos + i < text.size() ? text[pos + i] : '\0';
      if (d < '0' || d > '7') {
        return 0;
      }
      code = code * 8 + (d - '0');
    }
    length = 4;
    single_byte = bytes;
  }
  if (code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    return 0;
  }
  if (single_byte) {
    out += static_cast<char>(code);
  } else {
    append_utf8(out, static_cast<char32_t>(code));
  }
  return length;
}

}  // namespace

StringLiteral decode_string_literal(std::string_view text, std::size_t& pos, bool raw, bool bytes) {
  StringLiteral result;
  const char quote = text[pos];
  const std::size_t start = pos;
  const bool triple = text.substr(pos, 3) == std::string(3, quote);
  const std::string_view closing = triple ? text.substr(pos, 3) : text.substr(pos, 1);
  pos += closing.size();
  while (true) {
    if (pos >= text.size() || (!triple && (text[pos] == '\n' || text[pos] == '\r'))) {
      result.error = "字符串未闭合";
      result.error_offset = start;
      return result;
    }
    if (text.substr(pos, closing.size()) == closing) {
      pos += closing.size();
      return result;
    }
    if (text[pos] == '\\' && raw) {
      result.value += text[pos];
      ++pos;
      if (pos < text.size()) {
        result.value += text[pos];
        ++pos;
      }
      continue;
    }
    if (text[pos] == '\\') {
      std::size_t used = decode_escape(text, pos, bytes, result.value);
      if (used == 0) {
        result.error = "无效的转义序列";
        result.error_offset = pos;
        return result;
      }
      pos += used;
      continue;
    }
    // Plain bytes up to the next quote, backslash or line end, in one append.
    std::size_t run = pos + 1;
    while (run < text.size() && text[run] != quote && text[run] != '\\' &&
           (triple || (text[run] != '\n' && text[run] != '\r'))) {
      ++run;
    }
    result.value.append(text, pos, run - pos);
    pos = run;
  }
}

}  // namespace shifan::detail
