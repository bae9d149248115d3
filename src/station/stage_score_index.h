// StageScoreIndex: every item's stage scores of one station, sorted once, so
// that scoring each item does not scan all of the station's scores.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "shifan/station.h"

namespace shifan::detail {

// The first eight bytes of `text` as one number that orders as the text
// does (big-endian, zero after the end): item ids are mostly shorter.
std::uint64_t prefix_key(std::string_view text);

class StageScoreIndex {
 public:
  // Refers to the station's item ids: the station must outlive the index.
  explicit StageScoreIndex(const Station& station);

  // What stage_scores(station, item) gives: every stage's score for `item`,
  // earliest first; empty when no stage scores it.
  std::span<const StageScore> of(std::string_view item) const;

 private:
  // m_items sorted by (prefix_key, text), which is the text's order; stable, so
  // stages stay in order. Lookups compare the keys, one number each, first.
  std::vector<std::uint64_t> m_keys;      // m_keys[i] is prefix_key(m_items[i])
  std::vector<std::string_view> m_items;
  std::vector<StageScore> m_scores;       // m_scores[i] is for m_items[i]
};

}  // namespace shifan::detail
