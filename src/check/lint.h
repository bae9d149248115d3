// `shifan check`'s findings beyond what loading checks: rules that don't
// depend on the station, a pass mark no station can reach (or only with the
// bonus), deduction items that never deduct, unread facts
// (docs/rubric-format.md, "Checking a rubric").
#pragma once

#include <array>
#include <vector>

#include "shifan/diagnostic.h"
#include "shifan/document.h"
#include "shifan/enum_table.h"
#include "shifan/rubric.h"

namespace shifan::detail {

enum class Severity { error, warning };

}  // namespace shifan::detail

namespace shifan {

// The names are `shifan check --format json`'s "severity"; the labels its text.
template <>
struct EnumTable<detail::Severity> {
  static constexpr std::array<EnumName<detail::Severity>, 2> entries = {{
      {detail::Severity::error, "error", "错误"},
      {detail::Severity::warning, "warning", "警告"},
  }};
};
static_assert(lists_every_value<detail::Severity>());

}  // namespace shifan

namespace shifan::detail {

struct Finding {
  Severity severity = Severity::warning;
  Diagnostic diagnostic;
};

// Every finding for a loaded rubric, in file order.
std::vector<Finding> lint_rubric(const Rubric& rubric);

// Facts declared but read by no rule, let, template or not_applicable
// (src/check/lint_facts.cpp): top-level facts and the fields of top-level records.
std::vector<Finding> unread_facts(const Rubric& rubric);

}  // namespace shifan::detail
