// The later assessment stages in a station file: `review:` (复评) and
// `acceptance:` (验收), each `{by, on, scores}` beside the station's `scores:`.
#pragma once

#include <vector>

#include "fact_validator.h"
#include "shifan/station.h"

namespace shifan::detail {

// The stages the file gives, in stage order. Reports a stage that is not a
// mapping, unknown or missing keys, an `on` that is not a date or is earlier
// than `assessed_on` (when known) or than the previous stage's, and the
// scores' problems (load_scores).
std::vector<StageScores> load_stages(const Node& root, const Rubric& rubric, const std::string& assessed_on,
                                     FactContext& context);

}  // namespace shifan::detail
