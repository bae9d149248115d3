// The grades' `when` conditions for one station, over its category and item
// scores (docs/rubric-format.md, "Grades").
#pragma once

#include <vector>

#include "shifan/score.h"

namespace shifan::detail {

// Each grade of the rubric with its condition decided against `result`'s
// categories and items (an undecided score is unknown). Never throws.
std::vector<GradeResult> check_grades(const ScoreResult& result);

}  // namespace shifan::detail
