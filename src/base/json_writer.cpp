#include "json_writer.h"

#include <fmt/format.h>

namespace shifan::detail {

void JsonWriter::separate() {
  if (!m_first) {
    m_out += ',';
  }
  m_first = false;
}

JsonWriter& JsonWriter::begin_object() {
  separate();
  m_out += '{';
  m_first = true;
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  m_out += '}';
  m_first = false;
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  separate();
  m_out += '[';
  m_first = true;
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  m_out += ']';
  m_first = false;
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  separate();
  append_json_quoted(m_out, name);
  m_out += ':';
  m_first = true;  // the value that follows takes no comma
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  separate();
  append_json_quoted(m_out, text);
  return *this;
}

JsonWriter& JsonWriter::number(Decimal value) {
  separate();
  m_out += value.str();
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  separate();
  m_out += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  m_out += "null";
  return *this;
}

JsonWriter& JsonWriter::string_or_null(std::string_view text) {
  return text.empty() ? null() : string(text);
}

namespace {

// The escape of a byte that needs one, or empty.
std::string_view escape_of(unsigned char c) {
  switch (c) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\n':
      return "\\n";
    case '\t':
      return "\\t";
    case '\r':
      return "\\r";
    default:
      return {};
  }
}

}  // namespace

void append_json_quoted(std::string& out, std::string_view text) {
  out += '"';
  std::size_t plain = 0;  // start of the run of bytes not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') {
      continue;
    }
    out.append(text, plain, i - plain);
    plain = i + 1;
    std::string_view escape = escape_of(c);
    if (!escape.empty()) {
      out += escape;
    } else {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    }
  }
  out.append(text, plain);
  out += '"';
}

std::string json_quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_json_quoted(out, text);
  return out;
}

}  // namespace shifan::detail
