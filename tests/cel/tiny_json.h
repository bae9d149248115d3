// A small JSON reader for the conformance data (test-only).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "utf8.h"

namespace shifan::conformance {

struct Json {
  enum class Kind { null, boolean, number, string, array, object } kind = Kind::null;
  bool boolean = false;
  std::string text;  // a string, or a number as spelled
  std::vector<Json> array;
  std::vector<std::pair<std::string, Json>> object;

  // Declared here, defined below once Json is complete (clang with
  // libstdc++ needs it for the vector of pairs, as shifan::Node does).
  Json();
  Json(const Json&);
  Json(Json&&) noexcept;
  Json& operator=(const Json&);
  Json& operator=(Json&&) noexcept;
  ~Json();

  const Json* get(std::string_view key) const {
    for (const auto& [k, v] : object) {
      if (k == key) {
        return &v;
      }
    }
    return nullptr;
  }
};

inline Json::Json() = default;
inline Json::Json(const Json&) = default;
inline Json::Json(Json&&) noexcept = default;
inline Json& Json::operator=(const Json&) = default;
inline Json& Json::operator=(Json&&) noexcept = default;
inline Json::~Json() = default;

// Parses one JSON document; nullopt when malformed.
class JsonReader {
 public:
  explicit JsonReader(std::string_view text) : m_text(text) {}

  std::optional<Json> read() {
    Json value;
    if (!parse(value)) {
      return std::nullopt;
    }
    skip();
    return m_pos == m_text.size() ? std::optional<Json>(std::move(value)) : std::nullopt;
  }

 private:
  void skip() {
    while (m_pos < m_text.size() && std::string_view(" \t\r\n").find(m_text[m_pos]) != std::string_view::npos) {
      ++m_pos;
    }
  }

  bool literal(std::string_view word) {
    if (m_text.substr(m_pos, word.size()) != word) {
      return false;
    }
    m_pos += word.size();
    return true;
  }

  bool hex4(std::uint32_t& out) {
    if (m_pos + 4 > m_text.size()) {
      return false;
    }
    out = static_cast<std::uint32_t>(std::stoul(std::string(m_text.substr(m_pos, 4)), nullptr, 16));
    m_pos += 4;
    return true;
  }

  bool string(std::string& out) {
    ++m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] != '"') {
      char c = m_text[m_pos++];
      if (c != '\\') {
        out += c;
        continue;
      }
      char e = m_text[m_pos++];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          std::uint32_t code = 0;
          if (!hex4(code)) {
            return false;
          }
          if (code >= 0xd800 && code < 0xdc00 && literal("\\u")) {
            std::uint32_t low = 0;
            if (!hex4(low)) {
              return false;
            }
            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          }
          detail::append_utf8(out, static_cast<char32_t>(code));
          break;
        }
        default: out += e;
      }
    }
    ++m_pos;
    return m_pos <= m_text.size();
  }

  bool parse(Json& value) {
    skip();
    if (m_pos >= m_text.size()) {
      return false;
    }
    char c = m_text[m_pos];
    if (c == '"') {
      value.kind = Json::Kind::string;
      return string(value.text);
    }
    if (c == '[' || c == '{') {
      const bool is_object = c == '{';
      value.kind = is_object ? Json::Kind::object : Json::Kind::array;
      ++m_pos;
      skip();
      if (m_pos < m_text.size() && m_text[m_pos] == (is_object ? '}' : ']')) {
        ++m_pos;
        return true;
      }
      while (true) {
        skip();
        std::string key;
        if (is_object) {
          if (m_text[m_pos] != '"' || !string(key)) {
            return false;
          }
          skip();
          if (!literal(":")) {
            return false;
          }
        }
        Json element;
        if (!parse(element)) {
          return false;
        }
        if (is_object) {
          value.object.emplace_back(std::move(key), std::move(element));
        } else {
          value.array.push_back(std::move(element));
        }
        skip();
        if (literal(",")) {
          continue;
        }
        return literal(is_object ? "}" : "]");
      }
    }
    if (literal("null")) {
      return true;
    }
    if (literal("true") || literal("false")) {
      value.kind = Json::Kind::boolean;
      value.boolean = m_text[m_pos - 1] == 'e' && m_text[m_pos - 2] == 'u';
      return true;
    }
    const std::size_t start = m_pos;
    while (m_pos < m_text.size() && std::string_view("+-.0123456789eE").find(m_text[m_pos]) != std::string_view::npos) {
      ++m_pos;
    }
    value.kind = Json::Kind::number;
    value.text = std::string(m_text.substr(start, m_pos - start));
    return m_pos > start;
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
};

}  // namespace shifan::conformance
