// CEL equality and ordering of values.
#pragma once

#include <optional>
#include <compare>

#include "shifan/value.h"

namespace shifan::detail {

bool is_number(Value::Kind kind);

// Numeric comparison across int, uint, double and decimal (a decimal
// exactly, except against a double); unordered for NaN.
std::partial_ordering compare_numbers(const Value& a, const Value& b);

// `a == b` in three-valued logic: a bool, or an unknown (the paths merged)
// when the answer depends on unknowns inside lists or maps; false when the
// values differ elsewhere.
Value equal_values(const Value& a, const Value& b);

// Ordering for `<` and friends: numbers across kinds, strings, bytes, bools,
// dates. nullopt when the kinds cannot be ordered against each other.
std::optional<std::partial_ordering> compare_values(const Value& a, const Value& b);

}  // namespace shifan::detail
