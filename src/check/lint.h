// `shifan check`'s findings beyond what loading checks: rules that don't
// depend on the station, a pass mark no station can reach, unread facts
// (docs/rubric-format.md, "Checking a rubric").
#pragma once

#include <vector>

#include "shifan/diagnostic.h"
#include "shifan/document.h"
#include "shifan/rubric.h"

namespace shifan::detail {

enum class Severity { error, warning };

struct Finding {
  Severity severity = Severity::warning;
  Diagnostic diagnostic;
};

// Every finding for a loaded rubric; `root` is the document it was loaded
// from (for positions the model doesn't keep). In file order.
std::vector<Finding> lint_rubric(const Rubric& rubric, const Node& root);

// Facts declared but read by no rule, let, template or not_applicable
// (src/check/lint_facts.cpp): top-level facts and the fields of top-level records.
std::vector<Finding> unread_facts(const Rubric& rubric);

const char* severity_name(Severity severity);  // "error", "warning"

}  // namespace shifan::detail
