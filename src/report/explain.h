// `shifan explain ID`: how the rubric decides one item or veto, and, given a
// station, how that station's facts decide it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shifan/rubric.h"
#include "shifan/station.h"

namespace shifan::detail {

// Every item id, then every veto id, in rubric order.
std::vector<std::string> explainable_ids(const Rubric& rubric);

// The item's or veto's text, points, kind, rules as written with the lets
// they read, the facts they read with labels, and the rubric's note; with a
// station, the values it reads and the result. nullopt for an unknown id.
std::optional<std::string> explain(const Rubric& rubric, std::string_view id, const Station* station);

}  // namespace shifan::detail
