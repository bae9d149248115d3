#include "cel_lexer.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "cel_string_literal.h"

namespace shifan::detail {

namespace {

bool is_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : m_text(text) {
    // One allocation for most expressions: a token takes two bytes or more.
    m_tokens.reserve(std::min<std::size_t>(text.size() / 2 + 4, 1024));
  }

  std::vector<Token> run() {
    while (true) {
      skip_space();
      if (m_pos >= m_text.size()) {
        push(TokenKind::end, m_pos, "");
        return std::move(m_tokens);
      }
      if (!next()) {
        push(TokenKind::end, m_text.size(), "");
        return std::move(m_tokens);
      }
    }
  }

 private:
  char peek(std::size_t ahead = 0) const {
    return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
  }

  void skip_space() {
    while (m_pos < m_text.size()) {
      char c = m_text[m_pos];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        ++m_pos;
      } else if (c == '/' && peek(1) == '/') {
        while (m_pos < m_text.size() && m_text[m_pos] != '\n') {
          ++m_pos;
        }
      } else {
        return;
      }
    }
  }

  Token& push(TokenKind kind, std::size_t offset, std::string text) {
    Token& token = m_tokens.emplace_back();
    token.kind = kind;
    token.offset = offset;
    token.text = std::move(text);
    return token;
  }

  bool fail(std::size_t offset, std::string message) {
    push(TokenKind::error, offset, std::move(message));
    return false;
  }

  // Lexes one token; false after an error token.
  bool next() {
    const std::size_t start = m_pos;
    const char c = peek();
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) {
      return number();
    }
    if (is_ident_start(c)) {
      std::size_t prefix = 0;
      while (prefix < 2 && (peek(prefix) == 'r' || peek(prefix) == 'R' || peek(prefix) == 'b' ||
                            peek(prefix) == 'B')) {
        ++prefix;
      }
      if (prefix > 0 && (peek(prefix) == '"' || peek(prefix) == '\'')) {
        return string(prefix);
      }
      while (m_pos < m_text.size() && (is_ident_start(peek()) || is_digit(peek()))) {
        ++m_pos;
      }
      push(TokenKind::identifier, start, std::string(m_text.substr(start, m_pos - start)));
      return true;
    }
    if (c == '"' || c == '\'') {
      return string(0);
    }
    if (c == '`') {
      std::size_t close = m_text.find('`', m_pos + 1);
      if (close == std::string_view::npos || m_text.substr(m_pos, close - m_pos).find('\n') != std::string_view::npos) {
        return fail(start, "反引号未闭合");
      }
      push(TokenKind::quoted_identifier, start, std::string(m_text.substr(m_pos + 1, close - m_pos - 1)));
      m_pos = close + 1;
      return true;
    }
    const char second = peek(1);
    const bool two = (second == '=' && (c == '=' || c == '!' || c == '<' || c == '>')) ||
                     (second == c && (c == '&' || c == '|'));
    if (two) {  // == != <= >= && ||
      m_pos += 2;
      push(TokenKind::punctuation, start, std::string(m_text.substr(start, 2)));
      return true;
    }
    if (std::string_view("+-*/%<>!?:.,()[]{}").find(c) != std::string_view::npos) {
      ++m_pos;
      push(TokenKind::punctuation, start, std::string(1, c));
      return true;
    }
    return fail(start, "无法识别的字符");
  }

  bool number() {
    const std::size_t start = m_pos;
    if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
      m_pos += 2;
      const std::size_t digits = m_pos;
      while (is_hex(peek())) {
        ++m_pos;
      }
      return integer(start, m_text.substr(digits, m_pos - digits), 16);
    }
    while (is_digit(peek())) {
      ++m_pos;
    }
    bool is_real = false;
    if (peek() == '.' && is_digit(peek(1))) {
      is_real = true;
      ++m_pos;
      while (is_digit(peek())) {
        ++m_pos;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      std::size_t ahead = 1;
      if (peek(1) == '+' || peek(1) == '-') {
        ahead = 2;
      }
      if (!is_digit(peek(ahead))) {
        return fail(m_pos, "指数缺少数字");
      }
      is_real = true;
      m_pos += ahead;
      while (is_digit(peek())) {
        ++m_pos;
      }
    }
    if (!is_real) {
      return integer(start, m_text.substr(start, m_pos - start), 10);
    }
    std::string spelled(m_text.substr(start, m_pos - start));
    Token& token = push(TokenKind::double_literal, start, spelled);
    token.real = std::strtod(spelled.c_str(), nullptr);
    return true;
  }

  bool integer(std::size_t start, std::string_view digits, int base) {
    std::uint64_t value = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size()) {
      return fail(start, "整数字面量超出范围");
    }
    TokenKind kind = TokenKind::int_literal;
    if (peek() == 'u' || peek() == 'U') {
      ++m_pos;
      kind = TokenKind::uint_literal;
    }
    if (is_ident_start(peek()) || is_digit(peek())) {
      return fail(m_pos, "数字后有多余的字符");
    }
    if (kind == TokenKind::int_literal && value > 9223372036854775808u) {
      return fail(start, "整数字面量超出范围");
    }
    Token& token = push(kind, start, std::string(m_text.substr(start, m_pos - start)));
    token.number = value;
    return true;
  }

  bool string(std::size_t prefix) {
    const std::size_t start = m_pos;
    bool raw = false;
    bool bytes = false;
    for (std::size_t i = 0; i < prefix; ++i) {
      char p = peek(i);
      (p == 'r' || p == 'R' ? raw : bytes) = true;
    }
    m_pos += prefix;
    StringLiteral literal = decode_string_literal(m_text, m_pos, raw, bytes);
    if (!literal.error.empty()) {
      return fail(literal.error_offset, literal.error);
    }
    push(bytes ? TokenKind::bytes_literal : TokenKind::string_literal, start, std::move(literal.value));
    return true;
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
  std::vector<Token> m_tokens;
};

}  // namespace

std::vector<Token> lex(std::string_view text) { return Lexer(text).run(); }

}  // namespace shifan::detail
