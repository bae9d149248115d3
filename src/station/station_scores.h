// The station file's `scores:` mapping: item id → claimed score.
#pragma once

#include <vector>

#include "fact_validator.h"
#include "shifan/station.h"

namespace shifan::detail {

// Scores in file order; an empty score (`A1:`) is left out, as if absent.
// Reports a node that is not a mapping, unknown item ids (with a
// did-you-mean), and scores that are not in [0, points] with two decimals.
// `name` names the mapping in messages ("scores", "review.scores").
std::vector<ClaimedScore> load_scores(const Node* scores, const Rubric& rubric,
                                      FactContext& context, std::string_view name = "scores");

}  // namespace shifan::detail
