#include "stage_score_index.h"

#include <algorithm>
#include <utility>

namespace shifan::detail {

StageScoreIndex::StageScoreIndex(const Station& station) {
  std::vector<std::pair<std::string_view, StageScore>> all;
  auto add = [&](Stage stage, const std::vector<ClaimedScore>& scores) {
    for (const ClaimedScore& claimed : scores) {
      all.emplace_back(claimed.item, StageScore{stage, claimed.score});
    }
  };
  add(Stage::self, station.scores);
  for (const StageScores& later : station.later_stages) {
    add(later.stage, later.scores);
  }
  std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  m_items.reserve(all.size());
  m_scores.reserve(all.size());
  for (const auto& [item, score] : all) {
    m_items.push_back(item);
    m_scores.push_back(score);
  }
}

std::span<const StageScore> StageScoreIndex::of(std::string_view item) const {
  auto [first, last] = std::equal_range(m_items.begin(), m_items.end(), item);
  return std::span<const StageScore>(m_scores).subspan(static_cast<std::size_t>(first - m_items.begin()),
                                                       static_cast<std::size_t>(last - first));
}

}  // namespace shifan::detail
