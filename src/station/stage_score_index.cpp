#include "stage_score_index.h"

#include <algorithm>
#include <utility>

namespace shifan::detail {

std::uint64_t prefix_key(std::string_view text) {
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    key = key << 8U | (i < text.size() ? static_cast<unsigned char>(text[i]) : 0U);
  }
  return key;
}

StageScoreIndex::StageScoreIndex(const Station& station) {
  struct Entry {
    std::uint64_t key;
    std::string_view item;
    StageScore score;
  };
  std::vector<Entry> all;
  auto add = [&](Stage stage, const std::vector<ClaimedScore>& scores) {
    for (const ClaimedScore& claimed : scores) {
      all.push_back({prefix_key(claimed.item), claimed.item, StageScore{stage, claimed.score}});
    }
  };
  add(Stage::self, station.scores);
  for (const StageScores& later : station.later_stages) {
    add(later.stage, later.scores);
  }
  std::stable_sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) {
    return a.key != b.key ? a.key < b.key : a.item < b.item;
  });
  m_keys.reserve(all.size());
  m_items.reserve(all.size());
  m_scores.reserve(all.size());
  for (const Entry& entry : all) {
    m_keys.push_back(entry.key);
    m_items.push_back(entry.item);
    m_scores.push_back(entry.score);
  }
}

std::span<const StageScore> StageScoreIndex::of(std::string_view item) const {
  auto [key_first, key_last] = std::equal_range(m_keys.begin(), m_keys.end(), prefix_key(item));
  auto from = static_cast<std::ptrdiff_t>(key_first - m_keys.begin());
  auto to = static_cast<std::ptrdiff_t>(key_last - m_keys.begin());
  if (from == to) {
    return {};  // most items: no score, settled by the keys alone
  }
  // Within equal keys (same first eight bytes) the texts decide.
  auto [first, last] = std::equal_range(m_items.begin() + from, m_items.begin() + to, item);
  return std::span<const StageScore>(m_scores).subspan(static_cast<std::size_t>(first - m_items.begin()),
                                                       static_cast<std::size_t>(last - first));
}

}  // namespace shifan::detail
