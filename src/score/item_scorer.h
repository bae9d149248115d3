// Scoring one item: its bounds, status, reason and what would decide it.
#pragma once

#include <optional>

#include "scope.h"
#include "shifan/score.h"

namespace shifan::detail {

// True when the item's score is the assessor's judgement, scores.<id>: an
// assessed item, or a gated item whose score is not 0 for a failed gate.
bool judgement_decides(const Item& item, ItemStatus status);

// `claimed` is the station file's scores.<id>, if any: the judgement of an
// assessed or gated item, a self-claimed score for the others. The reason
// only when scope.reasons().
ItemResult score_item(const Item& item, std::optional<Decimal> claimed, Scope& scope);

}  // namespace shifan::detail
