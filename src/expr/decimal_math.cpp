#include "decimal_math.h"

#include <cstdlib>
#include <string>

namespace shifan {

namespace detail {

namespace {

__extension__ typedef __int128 Int128;

constexpr Int128 k_max_coefficient = INT64_MAX;

Int128 power_of_ten(int n) {
  Int128 power = 1;
  for (int i = 0; i < n; ++i) {
    power *= 10;
  }
  return power;
}

Int128 magnitude(Int128 v) { return v < 0 ? -v : v; }

void drop_trailing_zeros(Int128& coefficient, int& scale) {
  while (scale > 0 && coefficient % 10 == 0) {
    coefficient /= 10;
    --scale;
  }
}

// coefficient × 10^-scale (scale up to 36) as a value: rounded half to even
// to at most 18 places and an int64 coefficient, else 小数溢出.
Value make(Int128 coefficient, int scale) {
  drop_trailing_zeros(coefficient, scale);
  int drop = scale > Value::k_max_decimal_scale ? scale - Value::k_max_decimal_scale : 0;
  while (drop < scale && magnitude(coefficient) / power_of_ten(drop) > k_max_coefficient) {
    ++drop;
  }
  if (drop > 0) {
    const Int128 unit = power_of_ten(drop);
    Int128 rounded = coefficient / unit;
    const Int128 rest = magnitude(coefficient % unit);
    if (2 * rest > unit || (2 * rest == unit && rounded % 2 != 0)) {
      rounded += coefficient < 0 ? -1 : 1;
    }
    coefficient = rounded;
    scale -= drop;
    drop_trailing_zeros(coefficient, scale);
  }
  if (magnitude(coefficient) > k_max_coefficient) {
    return Value::error("小数溢出");
  }
  return Value::decimal(static_cast<std::int64_t>(coefficient), scale);
}

struct Aligned {
  Int128 a;
  Int128 b;
  int scale;
};

// Both at the larger scale: at most 9.2e18 × 10^18, well inside 128 bits.
Aligned align(DecimalParts a, DecimalParts b) {
  const int scale = a.scale > b.scale ? a.scale : b.scale;
  return {Int128(a.coefficient) * power_of_ten(scale - a.scale),
          Int128(b.coefficient) * power_of_ten(scale - b.scale), scale};
}

}  // namespace

std::optional<DecimalParts> decimal_parts(const Value& number) {
  switch (number.kind()) {
    case Value::Kind::int_type: return DecimalParts{number.as_int(), 0};
    case Value::Kind::uint_type:
      if (number.as_uint() > static_cast<std::uint64_t>(INT64_MAX)) {
        return std::nullopt;
      }
      return DecimalParts{static_cast<std::int64_t>(number.as_uint()), 0};
    case Value::Kind::decimal_type: return DecimalParts{number.decimal_coefficient(), number.decimal_scale()};
    default: return std::nullopt;
  }
}

std::optional<DecimalParts> parse_decimal(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  const std::size_t dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  if (whole.empty() && fraction.empty()) {
    return std::nullopt;
  }
  while (!fraction.empty() && fraction.back() == '0') {
    fraction.remove_suffix(1);
  }
  if (fraction.size() > static_cast<std::size_t>(Value::k_max_decimal_scale)) {
    return std::nullopt;
  }
  Int128 coefficient = 0;
  for (std::string_view part : {whole, fraction}) {
    for (char c : part) {
      if (c < '0' || c > '9') {
        return std::nullopt;
      }
      coefficient = coefficient * 10 + (c - '0');
      if (coefficient > k_max_coefficient) {
        return std::nullopt;
      }
    }
  }
  const auto signed_coefficient = static_cast<std::int64_t>(coefficient);
  return DecimalParts{negative ? -signed_coefficient : signed_coefficient, static_cast<int>(fraction.size())};
}

Value decimal_or_double(std::string_view text, double read) {
  std::optional<DecimalParts> parts = parse_decimal(text);
  return parts ? Value::decimal(parts->coefficient, parts->scale) : Value::real(read);
}

Value decimal_add(DecimalParts a, DecimalParts b) {
  const Aligned aligned = align(a, b);
  return make(aligned.a + aligned.b, aligned.scale);
}

Value decimal_subtract(DecimalParts a, DecimalParts b) {
  const Aligned aligned = align(a, b);
  return make(aligned.a - aligned.b, aligned.scale);
}

Value decimal_multiply(DecimalParts a, DecimalParts b) {
  return make(Int128(a.coefficient) * b.coefficient, a.scale + b.scale);
}

Value decimal_divide(DecimalParts a, DecimalParts b) {
  if (b.coefficient == 0) {
    return Value::error("除数为零");
  }
  const bool negative = (a.coefficient < 0) != (b.coefficient < 0);
  Int128 numerator = magnitude(a.coefficient);
  const Int128 denominator = magnitude(b.coefficient);
  int scale = a.scale - b.scale;
  if (scale < 0) {
    numerator *= power_of_ten(-scale);
    scale = 0;
  }
  Int128 quotient = numerator / denominator;
  Int128 rest = numerator % denominator;
  while (rest != 0 && scale < Value::k_max_decimal_scale && quotient <= k_max_coefficient / 10) {
    rest *= 10;
    quotient = quotient * 10 + rest / denominator;
    rest %= denominator;
    ++scale;
  }
  if (2 * rest > denominator || (2 * rest == denominator && quotient % 2 != 0)) {
    ++quotient;
  }
  return make(negative ? -quotient : quotient, scale);
}

std::strong_ordering compare_decimals(DecimalParts a, DecimalParts b) {
  const Aligned aligned = align(a, b);
  if (aligned.a < aligned.b) {
    return std::strong_ordering::less;
  }
  return aligned.a > aligned.b ? std::strong_ordering::greater : std::strong_ordering::equal;
}

}  // namespace detail

std::string decimal_text(const Value& decimal) {
  const std::int64_t coefficient = decimal.decimal_coefficient();
  std::uint64_t digits_value = coefficient < 0 ? 0 - static_cast<std::uint64_t>(coefficient)
                                               : static_cast<std::uint64_t>(coefficient);
  int scale = decimal.decimal_scale();
  while (scale > 0 && digits_value % 10 == 0) {
    digits_value /= 10;
    --scale;
  }
  std::string digits = std::to_string(digits_value);
  const auto places = static_cast<std::size_t>(scale);
  if (places > 0) {
    if (digits.size() <= places) {
      digits = std::string(places + 1 - digits.size(), '0') + digits;
    }
    const std::size_t point = digits.size() - places;
    digits = digits.substr(0, point) + "." + digits.substr(point);
  }
  return coefficient < 0 ? "-" + digits : digits;
}

double decimal_to_double(const Value& decimal) {
  return std::strtod(decimal_text(decimal).c_str(), nullptr);
}

}  // namespace shifan
