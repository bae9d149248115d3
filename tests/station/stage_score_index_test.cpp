#include "stage_score_index.h"

#include <gtest/gtest.h>

namespace shifan::testing {
namespace {

using detail::StageScoreIndex;

ClaimedScore claim(std::string item, std::int64_t hundredths) {
  return {std::move(item), Decimal::from_hundredths(hundredths), {}};
}

// Stages in file order, items out of rubric order, one item in the middle of
// the sort order, one only in a later stage, one repeated within a stage.
Station station_with_stages() {
  Station station;
  station.scores = {claim("B2", 100), claim("A1", 500), claim("A10", 300), claim("A2", 400), claim("B2", 150)};
  station.later_stages.push_back({Stage::review, "县司法局", "2024-06-05", {claim("A1", 450), claim("C1", 200)}});
  station.later_stages.push_back({Stage::acceptance, "市司法局", "2024-07-01", {claim("A2", 300), claim("A1", 500)}});
  return station;
}

std::vector<std::pair<Stage, Decimal>> flat(std::span<const StageScore> scores) {
  std::vector<std::pair<Stage, Decimal>> out;
  for (const StageScore& score : scores) {
    out.emplace_back(score.stage, score.score);
  }
  return out;
}

TEST(StageScoreIndex, AgreesWithStageScoresForEveryItem) {
  Station station = station_with_stages();
  StageScoreIndex index(station);
  for (std::string_view item : {"A1", "A10", "A2", "B2", "C1", "A", "A3", "Z9", ""}) {
    EXPECT_EQ(flat(index.of(item)), flat(stage_scores(station, item))) << item;
  }
  EXPECT_EQ(flat(index.of("A1")), (std::vector<std::pair<Stage, Decimal>>{{Stage::self, Decimal::from_int(5)},
                                                                           {Stage::review, Decimal::from_hundredths(450)},
                                                                           {Stage::acceptance, Decimal::from_int(5)}}));
  EXPECT_EQ(index.of("B2").size(), 2U);
}

// Lookups compare eight-byte prefix keys first, then the texts: ids longer
// than eight bytes that share a prefix, and ids that are prefixes of others,
// must still be told apart.
TEST(StageScoreIndex, LongIdsSharingAPrefixAreToldApart) {
  Station station;
  station.scores = {claim("A1.2.3.4.5", 100), claim("A1.2.3.4", 200), claim("A1.2.3.4.6", 300),
                    claim("A1.2.3.4.5", 400), claim("A1.2.3.4x", 500)};
  StageScoreIndex index(station);
  for (std::string_view item : {"A1.2.3.4.5", "A1.2.3.4", "A1.2.3.4.6", "A1.2.3.4x", "A1.2.3.4.", "A1.2.3.4.7", "A1.2.3"}) {
    EXPECT_EQ(flat(index.of(item)), flat(stage_scores(station, item))) << item;
  }
  EXPECT_EQ(index.of("A1.2.3.4.5").size(), 2U);
  EXPECT_LT(detail::prefix_key("A1"), detail::prefix_key("A1.2"));
  EXPECT_LT(detail::prefix_key("A10"), detail::prefix_key("A2"));
  EXPECT_EQ(detail::prefix_key("A1.2.3.4.5"), detail::prefix_key("A1.2.3.4.6"));
}

TEST(StageScoreIndex, NoScoresAtAll) {
  Station station;
  EXPECT_TRUE(StageScoreIndex(station).of("A1").empty());
}

}  // namespace
}  // namespace shifan::testing
