// Values of the expression language: cheap to copy (scalars inline, other
// payloads shared and immutable).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shifan/date.h"

namespace shifan {

class Value;

namespace detail {
struct MapData;
}  // namespace detail

using MapEntries = std::vector<std::pair<Value, Value>>;

class Value {
 public:
  enum class Kind : std::uint8_t {
    null_type,
    bool_type,
    int_type,
    uint_type,
    double_type,
    decimal_type,
    string_type,
    bytes_type,
    list_type,
    map_type,
    type_type,
    date_type,
    error,
    unknown,
  };

  // The most decimal places a decimal keeps (docs/expressions.md).
  static constexpr int k_max_decimal_scale = 18;
  // The most attribute paths an unknown value keeps.
  static constexpr std::size_t k_max_unknown_paths = 16;

  Value() = default;  // null

  static Value boolean(bool value);
  static Value integer(std::int64_t value);
  static Value unsigned_integer(std::uint64_t value);
  static Value real(double value);
  // The exact decimal coefficient × 10^-scale; scale is 0..k_max_decimal_scale
  // (clamped). Any coefficient is exact: 8925 with scale 2 is 89.25.
  static Value decimal(std::int64_t coefficient, int scale);
  static Value string(std::string value);
  static Value bytes(std::string value);
  static Value list(std::vector<Value> elements);
  // Keys keep their order for printing. Keys must be distinct (by CEL
  // equality); with duplicates, lookups find the first.
  static Value map(MapEntries entries);
  static Value date(Date value);
  // A type value, named as CEL names it ("int", "list", "date", ...).
  static Value type(std::string name);
  static Value error(std::string message);
  static Value unknown(std::string attribute_path);
  // An unknown with the union of both operands' paths (deduplicated, at most
  // k_max_unknown_paths); either may be a non-unknown, which adds nothing.
  static Value merge_unknowns(const Value& a, const Value& b);
  // `value` without a share in its payload: copying or dropping the result
  // touches no reference count, so threads can use one owner's value at once
  // without passing its count's cache line between cores. `value`'s payload
  // must outlive the result and its copies.
  static Value borrowed(const Value& value);

  Kind kind() const { return m_kind; }
  bool is_error() const { return m_kind == Kind::error; }
  bool is_unknown() const { return m_kind == Kind::unknown; }
  // True for errors and unknowns: values most operators pass through.
  bool is_exceptional() const { return m_kind >= Kind::error; }

  // The accessors require the matching kind: with another kind they read the
  // wrong member. Only as_map asserts it (in builds without NDEBUG).
  bool as_bool() const { return m_scalar.b; }
  std::int64_t as_int() const { return m_scalar.i; }
  std::uint64_t as_uint() const { return m_scalar.u; }
  double as_double() const { return m_scalar.d; }
  // A decimal is decimal_coefficient() × 10^-decimal_scale().
  std::int64_t decimal_coefficient() const { return m_scalar.i; }
  int decimal_scale() const { return m_scale; }
  Date as_date() const { return m_scalar.date; }
  // The text of a string, bytes, type name or error message.
  const std::string& as_string() const { return *static_cast<const std::string*>(m_payload.get()); }
  const std::vector<Value>& as_list() const {
    return *static_cast<const std::vector<Value>*>(m_payload.get());
  }
  const MapEntries& as_map() const;
  const std::string& error_message() const { return as_string(); }
  const std::vector<std::string>& unknown_paths() const;

  // Map lookup by string key; nullptr when absent or this is not a map.
  const Value* find(std::string_view key) const;
  // The same; `hint` caches the entry index between calls (for evaluators
  // that look up the same key in many similar maps).
  const Value* find(std::string_view key, std::uint32_t& hint) const;
  // Map lookup by any key with CEL's numeric key equality (1 == 1u == 1.0).
  const Value* find(const Value& key) const;
  // A map's shared payload (src/expr/value_data.h), for lookups the
  // evaluator inlines. Requires a map.
  const detail::MapData& map_data() const { return *static_cast<const detail::MapData*>(m_payload.get()); }

  // CEL equality for comparable kinds (numbers across kinds, lists and maps
  // element-wise). An error or unknown, even inside a list or map, equals
  // nothing; the language's `==` makes the latter unknown instead.
  friend bool operator==(const Value& a, const Value& b);

 private:
  union Scalar {
    bool b;
    std::int64_t i;
    std::uint64_t u;
    double d;
    Date date;
  };

  Kind m_kind = Kind::null_type;
  std::uint8_t m_scale = 0;  // decimals only; sits in what would be padding
  Scalar m_scalar{.i = 0};
  std::shared_ptr<const void> m_payload;
};

// Type name of a value as CEL's type() gives it: "int", "map", "date", ...
std::string_view type_name(Value::Kind kind);

// A decimal's digits without trailing zeros: "89.25", "90", "-0.5"; the
// double nearest it. Both require a decimal value.
std::string decimal_text(const Value& decimal);
double decimal_to_double(const Value& decimal);

// CEL literal syntax: 1, 1u, 1.5 and 90.0 (decimals and doubles alike),
// "s", b"\xff", [1, 2], {"a": 1}, null, date("2024-05-20"); errors print as
// error("message").
std::string to_literal(const Value& value);

}  // namespace shifan
