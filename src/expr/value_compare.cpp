#include "value_compare.h"

#include "decimal_math.h"

namespace shifan {

namespace detail {

namespace {

using Kind = Value::Kind;

// int and uint compare with double as CEL does: the integer converted to
// double (so 9223372036854775807 == 9223372036854775808.0).
std::partial_ordering compare_int_double(std::int64_t a, double b) {
  return static_cast<double>(a) <=> b;
}

std::partial_ordering compare_uint_double(std::uint64_t a, double b) {
  return static_cast<double>(a) <=> b;
}

std::partial_ordering compare_int_uint(std::int64_t a, std::uint64_t b) {
  if (a < 0) {
    return std::partial_ordering::less;
  }
  return static_cast<std::uint64_t>(a) <=> b;
}

std::partial_ordering reverse(std::partial_ordering o) { return 0 <=> o; }

// A decimal against another number: exact, except against a double (then the
// decimal's nearest double, CEL's double comparison).
std::partial_ordering compare_decimal(const Value& decimal, const Value& other) {
  if (other.kind() == Kind::double_type) {
    return decimal_to_double(decimal) <=> other.as_double();
  }
  std::optional<DecimalParts> parts = decimal_parts(other);
  if (!parts) {
    return std::partial_ordering::less;  // a uint past int64
  }
  return compare_decimals(*decimal_parts(decimal), *parts);
}

// CEL equality where unknowns may sit inside lists and maps: false when the
// values differ anywhere else; otherwise true, with every unknown compared
// merged into `unknowns`.
bool equal_but_unknowns(const Value& a, const Value& b, Value& unknowns) {
  if (a.is_unknown() || b.is_unknown()) {
    unknowns = Value::merge_unknowns(Value::merge_unknowns(unknowns, a), b);
    return true;
  }
  if (a.kind() == Kind::list_type && b.kind() == Kind::list_type) {
    const std::vector<Value>& la = a.as_list();
    const std::vector<Value>& lb = b.as_list();
    if (la.size() != lb.size()) {
      return false;
    }
    for (std::size_t i = 0; i < la.size(); ++i) {
      if (!equal_but_unknowns(la[i], lb[i], unknowns)) {
        return false;
      }
    }
    return true;
  }
  if (a.kind() == Kind::map_type && b.kind() == Kind::map_type) {
    if (a.as_map().size() != b.as_map().size()) {
      return false;
    }
    for (const auto& [k, v] : a.as_map()) {
      const Value* other = b.find(k);
      if (other == nullptr || !equal_but_unknowns(v, *other, unknowns)) {
        return false;
      }
    }
    return true;
  }
  return a == b;
}

}  // namespace

bool is_number(Kind kind) {
  return kind == Kind::int_type || kind == Kind::uint_type || kind == Kind::double_type ||
         kind == Kind::decimal_type;
}

std::partial_ordering compare_numbers(const Value& a, const Value& b) {
  if (a.kind() == Kind::decimal_type) {
    return compare_decimal(a, b);
  }
  if (b.kind() == Kind::decimal_type) {
    return reverse(compare_decimal(b, a));
  }
  switch (a.kind()) {
    case Kind::int_type:
      switch (b.kind()) {
        case Kind::int_type: return a.as_int() <=> b.as_int();
        case Kind::uint_type: return compare_int_uint(a.as_int(), b.as_uint());
        default: return compare_int_double(a.as_int(), b.as_double());
      }
    case Kind::uint_type:
      switch (b.kind()) {
        case Kind::int_type: return reverse(compare_int_uint(b.as_int(), a.as_uint()));
        case Kind::uint_type: return a.as_uint() <=> b.as_uint();
        default: return compare_uint_double(a.as_uint(), b.as_double());
      }
    default:
      switch (b.kind()) {
        case Kind::int_type: return reverse(compare_int_double(b.as_int(), a.as_double()));
        case Kind::uint_type: return reverse(compare_uint_double(b.as_uint(), a.as_double()));
        default: return a.as_double() <=> b.as_double();
      }
  }
}

Value equal_values(const Value& a, const Value& b) {
  Value unknowns;
  if (!equal_but_unknowns(a, b, unknowns)) {
    return Value::boolean(false);
  }
  return unknowns.is_unknown() ? unknowns : Value::boolean(true);
}

std::optional<std::partial_ordering> compare_values(const Value& a, const Value& b) {
  // Two ints (counts against thresholds) are the commonest case.
  if (a.kind() == Kind::int_type && b.kind() == Kind::int_type) {
    return a.as_int() <=> b.as_int();
  }
  if (is_number(a.kind()) && is_number(b.kind())) {
    return compare_numbers(a, b);
  }
  if (a.kind() != b.kind()) {
    return std::nullopt;
  }
  switch (a.kind()) {
    case Kind::bool_type: return a.as_bool() <=> b.as_bool();
    case Kind::string_type:
    case Kind::bytes_type: return a.as_string().compare(b.as_string()) <=> 0;
    case Kind::date_type: return a.as_date() <=> b.as_date();
    default: return std::nullopt;
  }
}

}  // namespace detail

bool operator==(const Value& a, const Value& b) {
  using detail::is_number;
  if (is_number(a.kind()) && is_number(b.kind())) {
    return detail::compare_numbers(a, b) == 0;
  }
  if (a.kind() != b.kind()) {
    return false;
  }
  switch (a.kind()) {
    case Value::Kind::null_type: return true;
    case Value::Kind::bool_type: return a.as_bool() == b.as_bool();
    case Value::Kind::date_type: return a.as_date() == b.as_date();
    case Value::Kind::string_type:
    case Value::Kind::bytes_type:
    case Value::Kind::type_type: return a.as_string() == b.as_string();
    case Value::Kind::list_type:
    case Value::Kind::map_type: {
      Value unknowns;
      return detail::equal_but_unknowns(a, b, unknowns) && !unknowns.is_unknown();
    }
    default: return false;
  }
}

}  // namespace shifan
