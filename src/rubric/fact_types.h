// Expression types of facts, constants and lets, for the rules' environment.
#pragma once

#include <string_view>

#include "shifan/expr.h"
#include "shifan/rubric.h"

namespace shifan::detail {

// record → Type::record(name, fields), list → list(items), int → int, number
// → double, enum and string → string, date → date, bool → bool.
Type fact_type(const FactSpec& spec, std::string_view name);

// A constant's type from its value: a list or map whose elements share a type
// gets it (a map's keys are strings), otherwise dyn elements; null → dyn.
Type value_type(const Value& value);

}  // namespace shifan::detail
