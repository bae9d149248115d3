// Type conversions: int, uint, double, decimal, string, bytes, bool, dyn, type.
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fmt/format.h>

#include "cel_builtins.h"
#include "decimal_math.h"
#include "utf8.h"

namespace shifan::detail {

namespace {

using Kind = Value::Kind;
using Args = std::span<const Value* const>;

Value range_error(std::string_view type) {
  return Value::error(fmt::format("转换为 {} 时超出范围", type));
}

Value parse_error(const Value& text, std::string_view type) {
  return Value::error(fmt::format("无法将 {} 转换为 {}", to_literal(text), type));
}

template <typename T>
std::optional<T> parse_number(const std::string& text) {
  T value{};
  const char* begin = text.data();
  const char* end = begin + text.size();
  if constexpr (std::is_signed_v<T>) {
    if (begin != end && *begin == '+') {
      ++begin;
    }
  }
  auto [ptr, ec] = std::from_chars(begin, end, value);
  if (begin == end || ec != std::errc() || ptr != end) {
    return std::nullopt;
  }
  return value;
}

// A decimal's whole part (towards zero), as int and uint take it.
std::int64_t truncated(const Value& decimal) {
  std::int64_t whole = decimal.decimal_coefficient();
  for (int i = 0; i < decimal.decimal_scale(); ++i) {
    whole /= 10;
  }
  return whole;
}

Value to_int(Args args, Budget&) {
  const Value& v = *args[0];
  switch (v.kind()) {
    case Kind::int_type: return v;
    case Kind::decimal_type: return Value::integer(truncated(v));
    case Kind::uint_type:
      return v.as_uint() > INT64_MAX ? range_error("int") : Value::integer(static_cast<std::int64_t>(v.as_uint()));
    case Kind::double_type: {
      const double d = v.as_double();
      if (!(d > -9223372036854775808.0 && d < 9223372036854775808.0)) {
        return range_error("int");
      }
      return Value::integer(static_cast<std::int64_t>(d));
    }
    case Kind::string_type: {
      auto parsed = parse_number<std::int64_t>(v.as_string());
      return parsed ? Value::integer(*parsed) : parse_error(v, "int");
    }
    default: return overload_error(*find_builtin("int", false, 1), args);
  }
}

Value to_uint(Args args, Budget&) {
  const Value& v = *args[0];
  switch (v.kind()) {
    case Kind::uint_type: return v;
    case Kind::decimal_type:
      return truncated(v) < 0 ? range_error("uint")
                 : Value::unsigned_integer(static_cast<std::uint64_t>(truncated(v)));
    case Kind::int_type:
      return v.as_int() < 0 ? range_error("uint") : Value::unsigned_integer(static_cast<std::uint64_t>(v.as_int()));
    case Kind::double_type: {
      const double d = v.as_double();
      if (!(d > -1.0 && d < 18446744073709551616.0)) {
        return range_error("uint");
      }
      return Value::unsigned_integer(static_cast<std::uint64_t>(d));
    }
    case Kind::string_type: {
      auto parsed = parse_number<std::uint64_t>(v.as_string());
      return parsed ? Value::unsigned_integer(*parsed) : parse_error(v, "uint");
    }
    default: return overload_error(*find_builtin("uint", false, 1), args);
  }
}

Value to_double(Args args, Budget&) {
  const Value& v = *args[0];
  switch (v.kind()) {
    case Kind::double_type: return v;
    case Kind::decimal_type: return Value::real(decimal_to_double(v));
    case Kind::int_type: return Value::real(static_cast<double>(v.as_int()));
    case Kind::uint_type: return Value::real(static_cast<double>(v.as_uint()));
    case Kind::string_type: {
      const std::string& text = v.as_string();
      char* end = nullptr;
      const double d = std::strtod(text.c_str(), &end);
      if (text.empty() || end != text.c_str() + text.size() || std::isspace(static_cast<unsigned char>(text[0]))) {
        return parse_error(v, "double");
      }
      return Value::real(d);
    }
    default: return overload_error(*find_builtin("double", false, 1), args);
  }
}

std::string format_double(double d) {
  if (std::isnan(d)) {
    return "NaN";
  }
  if (std::isinf(d)) {
    return d > 0 ? "+Inf" : "-Inf";
  }
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, d);
  return std::string(buffer, end);
}

Value to_string(Args args, Budget&) {
  const Value& v = *args[0];
  switch (v.kind()) {
    case Kind::string_type: return v;
    case Kind::int_type: return Value::string(std::to_string(v.as_int()));
    case Kind::uint_type: return Value::string(std::to_string(v.as_uint()));
    case Kind::double_type: return Value::string(format_double(v.as_double()));
    case Kind::decimal_type: return Value::string(decimal_text(v));
    case Kind::bool_type: return Value::string(v.as_bool() ? "true" : "false");
    case Kind::date_type: return Value::string(format_date(v.as_date()));
    case Kind::bytes_type:
      if (find_invalid_utf8(v.as_string()) != std::string::npos) {
        return Value::error("字节串不是有效的 UTF-8, 无法转换为 string");
      }
      return Value::string(v.as_string());
    default: return overload_error(*find_builtin("string", false, 1), args);
  }
}

Value to_decimal(Args args, Budget&) {
  const Value& v = *args[0];
  std::optional<DecimalParts> parts;
  switch (v.kind()) {
    case Kind::decimal_type: return v;
    case Kind::int_type:
    case Kind::uint_type:
      parts = decimal_parts(v);
      return parts ? Value::decimal(parts->coefficient, 0) : range_error("decimal");
    case Kind::double_type: {
      // The shortest text that reads back as the double: 0.1 gives 0.1.
      char buffer[400];
      auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v.as_double(), std::chars_format::fixed);
      parts = ec == std::errc() ? parse_decimal(std::string_view(buffer, static_cast<std::size_t>(end - buffer)))
                                : std::nullopt;
      return parts ? Value::decimal(parts->coefficient, parts->scale) : range_error("decimal");
    }
    case Kind::string_type:
      parts = parse_decimal(v.as_string());
      return parts ? Value::decimal(parts->coefficient, parts->scale) : parse_error(v, "decimal");
    default: return overload_error(*find_builtin("decimal", false, 1), args);
  }
}

Value to_bytes(Args args, Budget&) {
  const Value& v = *args[0];
  if (v.kind() == Kind::bytes_type) {
    return v;
  }
  if (v.kind() == Kind::string_type) {
    return Value::bytes(v.as_string());
  }
  return overload_error(*find_builtin("bytes", false, 1), args);
}

Value to_bool(Args args, Budget&) {
  const Value& v = *args[0];
  if (v.kind() == Kind::bool_type) {
    return v;
  }
  if (v.kind() != Kind::string_type) {
    return overload_error(*find_builtin("bool", false, 1), args);
  }
  static constexpr std::string_view k_true[] = {"1", "t", "true", "TRUE", "True"};
  static constexpr std::string_view k_false[] = {"0", "f", "false", "FALSE", "False"};
  for (std::string_view text : k_true) {
    if (v.as_string() == text) {
      return Value::boolean(true);
    }
  }
  for (std::string_view text : k_false) {
    if (v.as_string() == text) {
      return Value::boolean(false);
    }
  }
  return parse_error(v, "bool");
}

Value identity(Args args, Budget&) { return *args[0]; }

Value type_of(Args args, Budget&) { return Value::type(std::string(type_name(args[0]->kind()))); }

// Accepts arguments of the kinds in `Accepted` (or dyn); returns `Result`.
template <Type (*Result)(), Type::Kind... Accepted>
Type conversion_rule(std::span<const Type> args, std::string& problem) {
  const Type::Kind k = args[0].kind();
  if (!args[0].is_dyn() && ((k != Accepted) && ...)) {
    problem = overload_problem(Result().to_string(), args);
  }
  return Result();
}

Type dyn_rule(std::span<const Type>, std::string&) { return Type::dyn(); }
Type type_rule(std::span<const Type>, std::string&) { return Type::type(); }

using K = Type::Kind;

}  // namespace

void add_conversion_builtins(std::vector<Builtin>& out) {
  out.push_back({"int", "int", true, false, 1, to_int,
                 conversion_rule<Type::integer, K::int_type, K::uint_type, K::double_type, K::decimal_type,
                                 K::string_type>});
  out.push_back({"uint", "uint", true, false, 1, to_uint,
                 conversion_rule<Type::unsigned_integer, K::int_type, K::uint_type, K::double_type,
                                 K::decimal_type, K::string_type>});
  out.push_back({"double", "double", true, false, 1, to_double,
                 conversion_rule<Type::real, K::int_type, K::uint_type, K::double_type, K::decimal_type,
                                 K::string_type>});
  out.push_back({"decimal", "decimal", true, false, 1, to_decimal,
                 conversion_rule<Type::decimal, K::int_type, K::uint_type, K::double_type, K::decimal_type,
                                 K::string_type>});
  out.push_back({"string", "string", true, false, 1, to_string,
                 conversion_rule<Type::string, K::int_type, K::uint_type, K::double_type, K::decimal_type, K::string_type,
                                 K::bytes_type, K::bool_type, K::date_type>});
  out.push_back({"bytes", "bytes", true, false, 1, to_bytes,
                 conversion_rule<Type::bytes, K::string_type, K::bytes_type>});
  out.push_back({"bool", "bool", true, false, 1, to_bool,
                 conversion_rule<Type::boolean, K::bool_type, K::string_type>});
  out.push_back({"dyn", "dyn", true, false, 1, identity, dyn_rule});
  out.push_back({"type", "type", true, false, 1, type_of, type_rule});
}

}  // namespace shifan::detail
