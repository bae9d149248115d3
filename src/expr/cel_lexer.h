// Stage 1 of the expression language: text to tokens.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace shifan::detail {

enum class TokenKind : std::uint8_t {
  end,
  identifier,     // also true, false, null, in and reserved words
  quoted_identifier,  // `content-type`, text without the backticks
  int_literal,    // magnitude in `number`; may exceed INT64_MAX (for negation)
  uint_literal,
  double_literal,
  string_literal,  // decoded UTF-8 in `text`
  bytes_literal,   // decoded bytes in `text`
  punctuation,     // operators and brackets, spelled in `text`
  error,           // `text` is the message
};

struct Token {
  TokenKind kind = TokenKind::end;
  std::size_t offset = 0;  // byte offset in the expression
  std::string text;
  std::uint64_t number = 0;
  double real = 0;
};

// Never fails: a lexical error becomes the last token before `end`, of kind
// `error`, at the offending offset.
std::vector<Token> lex(std::string_view text);

}  // namespace shifan::detail
