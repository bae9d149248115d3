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
  m_out += json_quote(name);
  m_out += ':';
  m_first = true;  // the value that follows takes no comma
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  separate();
  m_out += json_quote(text);
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

std::string json_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

}  // namespace shifan::detail
