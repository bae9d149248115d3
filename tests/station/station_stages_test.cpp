#include "station_stages.h"

#include <gtest/gtest.h>

#include "station_test_support.h"

namespace shifan::testing {
namespace {

using Strings = std::vector<std::string>;

constexpr std::string_view k_stages =
    "scores: {A1: 5, A2: 4}\n"
    "review:\n"
    "  by: 泾县司法局\n"
    "  on: 2024-06-05\n"
    "  scores: {A1: 4.5}\n"
    "acceptance:\n"
    "  by: 宣城市司法局\n"
    "  on: 2024-07-01\n"
    "  scores: {A1: 5, A6: 3}\n";

TEST(StationStages, LaterStagesBesideTheStationsOwnScores) {
  LoadedStation loaded = load_with(k_stages);
  ASSERT_EQ(messages(loaded), Strings{});
  const std::vector<StageScores>& stages = loaded.station->later_stages;
  ASSERT_EQ(stages.size(), 2U);
  EXPECT_EQ(stages[0].stage, Stage::review);
  EXPECT_EQ(stages[0].by, "泾县司法局");
  EXPECT_EQ(stages[0].on, "2024-06-05");
  ASSERT_EQ(stages[0].scores.size(), 1U);
  EXPECT_EQ(stages[0].scores[0].score, Decimal::from_hundredths(450));
  EXPECT_EQ(stages[1].stage, Stage::acceptance);
  EXPECT_EQ(stages[1].scores.size(), 2U);
}

TEST(StationStages, EveryStagesScoreEarliestFirstTheLastCounts) {
  LoadedStation loaded = load_with(k_stages);
  ASSERT_TRUE(loaded.station);
  std::vector<StageScore> a1 = stage_scores(*loaded.station, "A1");
  ASSERT_EQ(a1.size(), 3U);
  EXPECT_EQ(a1[1].stage, Stage::review);
  EXPECT_EQ(a1[2].score, Decimal::from_int(5));
  EXPECT_EQ(stage_scores(*loaded.station, "A2").size(), 1U);
  EXPECT_TRUE(stage_scores(*loaded.station, "A6").size() == 1U &&
              stage_scores(*loaded.station, "A6")[0].stage == Stage::acceptance);
}

TEST(StationStages, KeepingStagesUntilOneDropsTheLaterOnes) {
  LoadedStation loaded = load_with(k_stages);
  ASSERT_TRUE(loaded.station);
  Station station = *loaded.station;
  keep_stages_until(station, Stage::review);
  EXPECT_EQ(station.as_of, Stage::review);
  ASSERT_EQ(station.later_stages.size(), 1U);
  EXPECT_EQ(stage_scores(station, "A1").back().score, Decimal::from_hundredths(450));
  keep_stages_until(station, Stage::self);
  EXPECT_TRUE(station.later_stages.empty());
}

TEST(StationStages, AStageNeedsWhoAndADateNotBeforeTheAssessmentOrTheStageBefore) {
  LoadedStation loaded = load_with(
      "review:\n  on: 2024-05-01\n  scores: {A1: 6}\n  date: x\n"
      "acceptance: {by: 市局, on: 2024-04-30}\n");
  EXPECT_FALSE(loaded.station);
  EXPECT_EQ(headlines(loaded), (Strings{"station.yaml:7:3: 'review' 缺少必填项 'by'",
                                        "station.yaml:7:7: 日期 2024-05-01 早于评定基准日 2024-05-20",
                                        "station.yaml:8:16: A1 的得分 6 超过该项分值 5",
                                        "station.yaml:9:3: 未知的键 'date'",
                                        "station.yaml:10:26: 日期 2024-04-30 早于复评日期 2024-05-01"}));
}

TEST(StationStages, AStageThatIsNotAMappingOrHasABadDate) {
  EXPECT_EQ(headlines(load_with("review: 泾县司法局\n")), Strings{"station.yaml:6:9: 'review' 应为映射 (mapping)"});
  EXPECT_EQ(headlines(load_with("review: {by: 县局, on: 2024-02-30, scores: [1]}\n")),
            (Strings{"station.yaml:6:22: 无效的日期 '2024-02-30'",
                     "station.yaml:6:42: 'review.scores' 应为映射 (mapping)"}));
}

}  // namespace
}  // namespace shifan::testing
