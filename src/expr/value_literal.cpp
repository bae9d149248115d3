#include <charconv>
#include <cmath>
#include <fmt/format.h>

#include "shifan/value.h"
#include "utf8.h"

namespace shifan {

namespace {

void append_double(std::string& out, double d) {
  if (std::isnan(d)) {
    out += "double(\"nan\")";
    return;
  }
  if (std::isinf(d)) {
    out += d > 0 ? "double(\"inf\")" : "double(\"-inf\")";
    return;
  }
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, d);
  std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
  out += text;
  if (text.find_first_of(".e") == std::string_view::npos) {
    out += ".0";
  }
}

void append_escaped(std::string& out, char32_t c, bool bytes) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
  }
  if (c < 0x20 || c == 0x7f || (bytes && c > 0x7f)) {
    out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
  } else if (c > 0x7f && c < 0xa0) {
    out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
  } else {
    detail::append_utf8(out, c);
  }
}

void append_quoted(std::string& out, const std::string& text, bool bytes) {
  out += bytes ? "b\"" : "\"";
  if (bytes) {
    for (char c : text) {
      append_escaped(out, static_cast<unsigned char>(c), true);
    }
  } else {
    detail::for_each_code_point(text, [&](char32_t c) { append_escaped(out, c, false); });
  }
  out += '"';
}

void append_literal(std::string& out, const Value& value) {
  switch (value.kind()) {
    case Value::Kind::null_type: out += "null"; return;
    case Value::Kind::bool_type: out += value.as_bool() ? "true" : "false"; return;
    case Value::Kind::int_type: out += fmt::format("{}", value.as_int()); return;
    case Value::Kind::uint_type: out += fmt::format("{}u", value.as_uint()); return;
    case Value::Kind::double_type: append_double(out, value.as_double()); return;
    case Value::Kind::decimal_type: {
      std::string text = decimal_text(value);
      out += text;
      if (text.find('.') == std::string::npos) {
        out += ".0";
      }
      return;
    }
    case Value::Kind::string_type: append_quoted(out, value.as_string(), false); return;
    case Value::Kind::bytes_type: append_quoted(out, value.as_string(), true); return;
    case Value::Kind::type_type: out += value.as_string(); return;
    case Value::Kind::date_type:
      out += fmt::format("date(\"{}\")", format_date(value.as_date()));
      return;
    case Value::Kind::error:
      out += "error(";
      append_quoted(out, value.error_message(), false);
      out += ')';
      return;
    case Value::Kind::unknown: {
      out += "unknown(";
      const char* separator = "";
      for (const std::string& path : value.unknown_paths()) {
        out += separator;
        append_quoted(out, path, false);
        separator = ", ";
      }
      out += ')';
      return;
    }
    case Value::Kind::list_type: {
      out += '[';
      const char* separator = "";
      for (const Value& element : value.as_list()) {
        out += separator;
        append_literal(out, element);
        separator = ", ";
      }
      out += ']';
      return;
    }
    case Value::Kind::map_type: {
      out += '{';
      const char* separator = "";
      for (const auto& [k, v] : value.as_map()) {
        out += separator;
        append_literal(out, k);
        out += ": ";
        append_literal(out, v);
        separator = ", ";
      }
      out += '}';
      return;
    }
  }
}

}  // namespace

std::string to_literal(const Value& value) {
  std::string out;
  append_literal(out, value);
  return out;
}

}  // namespace shifan
