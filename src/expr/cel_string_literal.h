// Decoding of quoted string and bytes literals of the expression language.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace shifan::detail {

struct StringLiteral {
  std::string value;  // UTF-8 text, or raw bytes for a bytes literal
  std::string error;  // empty when the literal is well formed
  std::size_t error_offset = 0;
};

// Decodes the literal whose opening quote (', ", ''' or """) is at `pos` and
// moves `pos` past its closing quote. Raw literals keep backslashes; in bytes
// literals \x and octal escapes give single bytes.
StringLiteral decode_string_literal(std::string_view text, std::size_t& pos, bool raw, bool bytes);

}  // namespace shifan::detail
