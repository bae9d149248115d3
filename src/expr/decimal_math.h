// Exact decimal arithmetic for the expression language's decimal values
// (docs/expressions.md, "Decimals"): 18 significant digits, 18 places.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>

#include "shifan/value.h"

namespace shifan::detail {

// A decimal as coefficient × 10^-scale, for arithmetic.
struct DecimalParts {
  std::int64_t coefficient = 0;
  int scale = 0;
};

// The parts of an int, a uint that fits int64, or a decimal; nullopt for
// other kinds and larger uints.
std::optional<DecimalParts> decimal_parts(const Value& number);

// A plain decimal text ("1.5", "-0.25", "+90", "007.50"): digits with at
// most one point, no exponent; nullopt when malformed or when it needs more
// than 18 significant digits or 18 places (past the zeros at its end).
std::optional<DecimalParts> parse_decimal(std::string_view text);

// A number written `text` in a YAML or JSON file: a decimal when plain
// ("4.5"), else `read` (the double the reader gave for "1e3", ".inf").
Value decimal_or_double(std::string_view text, double read);

// Exact results; a result with more than 18 places or significant digits is
// rounded half to even, and past ±9223372036854775807 it is the error
// 小数溢出. Division is exact when the quotient has at most 18 places,
// else rounded the same way; by zero it is the error 除数为零.
Value decimal_add(DecimalParts a, DecimalParts b);
Value decimal_subtract(DecimalParts a, DecimalParts b);
Value decimal_multiply(DecimalParts a, DecimalParts b);
Value decimal_divide(DecimalParts a, DecimalParts b);

// Exact ordering.
std::strong_ordering compare_decimals(DecimalParts a, DecimalParts b);

}  // namespace shifan::detail
