// `shifan plan`'s output: the plan (src/score/plan.h) for a person or a program.
#pragma once

#include <string>

#include "plan.h"

namespace shifan::detail {

// In Chinese: triggered vetoes and what clears them, the items that close the
// gap with the points each adds and the total after it, or the missing facts
// and scores that decide an undetermined verdict, largest first.
std::string render_plan_text(const Plan& plan);

// One line of JSON as docs/score-json.md's "shifan plan" section.
std::string render_plan_json(const Plan& plan);

}  // namespace shifan::detail
