// A small writer for compact JSON text.
#pragma once

#include <string>
#include <string_view>

#include "shifan/decimal.h"

namespace shifan::detail {

// Appends JSON tokens to a string, placing commas itself. Keys and values
// alternate inside objects; the caller keeps the nesting balanced.
class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& string(std::string_view text);
  JsonWriter& number(Decimal value);
  JsonWriter& null();
  JsonWriter& boolean(bool value);
  // A string, or null when empty.
  JsonWriter& string_or_null(std::string_view text);
  const std::string& str() const { return m_out; }

 private:
  void separate();
  std::string m_out;
  bool m_first = true;  // nothing written yet at this nesting level
};

// `text` as a quoted JSON string (UTF-8 kept, control characters escaped).
std::string json_quote(std::string_view text);
// json_quote(text) appended to `out` (no string of its own: runs of plain
// bytes are copied whole).
void append_json_quoted(std::string& out, std::string_view text);

}  // namespace shifan::detail
