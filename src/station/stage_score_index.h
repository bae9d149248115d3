// StageScoreIndex: every item's stage scores of one station, sorted once, so
// that scoring each item does not scan all of the station's scores.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "shifan/station.h"

namespace shifan::detail {

class StageScoreIndex {
 public:
  // Refers to the station's item ids: the station must outlive the index.
  explicit StageScoreIndex(const Station& station);

  // What stage_scores(station, item) gives: every stage's score for `item`,
  // earliest first; empty when no stage scores it.
  std::span<const StageScore> of(std::string_view item) const;

 private:
  std::vector<std::string_view> m_items;  // sorted; stable, so stages stay in order
  std::vector<StageScore> m_scores;       // m_scores[i] is for m_items[i]
};

}  // namespace shifan::detail
