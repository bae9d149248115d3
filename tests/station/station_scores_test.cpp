#include "station_scores.h"

#include <gtest/gtest.h>

#include "station_test_support.h"

namespace shifan::testing {
namespace {

using Strings = std::vector<std::string>;

TEST(StationScores, ClaimedScoresInFileOrder) {
  LoadedStation loaded = load_with("scores:\n  A6: 4\n  A2: 4.50\n  A1:\n");
  ASSERT_EQ(messages(loaded), Strings{});
  const std::vector<ClaimedScore>& scores = loaded.station->scores;
  ASSERT_EQ(scores.size(), 2U);
  EXPECT_EQ(scores[0].item, "A6");
  EXPECT_EQ(scores[0].score, Decimal::from_int(4));
  EXPECT_EQ(scores[0].mark.line, 7);
  EXPECT_EQ(scores[0].mark.column, 7);
  EXPECT_EQ(scores[1].item, "A2");
  EXPECT_EQ(scores[1].score, Decimal::from_hundredths(450));
}

TEST(StationScores, ItemsFoundInAnyOrderAndAfterAnUnknownOne) {
  // Each lookup starts after the item found before: out of rubric order and
  // after an unknown id, every item is still found.
  LoadedStation loaded = load_with("scores:\n  A6: 4\n  A1: 1\n  A2: 2\n  A6x: 1\n  A2x: 1\n  A1x: 1\n");
  EXPECT_EQ(headlines(loaded), (Strings{"station.yaml:10:3: 未知的评分项 'A6x' (是否想写 'A6'?)",
                                        "station.yaml:11:3: 未知的评分项 'A2x' (是否想写 'A2'?)",
                                        "station.yaml:12:3: 未知的评分项 'A1x' (是否想写 'A1'?)"}));
  loaded = load_with("scores:\n  A6: 4\n  A2: 2\n  A1: 1\n");
  ASSERT_TRUE(loaded.station);
  Strings items;
  for (const ClaimedScore& claimed : loaded.station->scores) {
    items.push_back(claimed.item + "=" + claimed.score.str());
  }
  EXPECT_EQ(items, (Strings{"A6=4", "A2=2", "A1=1"}));
}

TEST(StationScores, ScoresReadLikeRubricPoints) {
  LoadedStation loaded = load_with("scores:\n  A1: 1.500\n");
  ASSERT_EQ(messages(loaded), Strings{});
  EXPECT_EQ(loaded.station->scores[0].score, Decimal::from_hundredths(150));
  EXPECT_EQ(messages(load_with("scores:\n  A1: 1.505\n")), (Strings{"station.yaml:7:7: A1 的得分 1.505 最多两位小数\n"
                                                                   "    A1: 1.505\n"
                                                                   "        ^"}));
}

TEST(StationScores, ScoresStayWithinTheItemsPoints) {
  LoadedStation loaded = load_with("scores:\n  A1: 6\n  A2: -1\n  A6: 3.125\n  A11: 1\n");
  EXPECT_FALSE(loaded.station);
  EXPECT_EQ(messages(loaded), (Strings{"station.yaml:7:7: A1 的得分 6 超过该项分值 5\n"
                                       "    A1: 6\n"
                                       "        ^",
                                       "station.yaml:8:7: A2 的得分 -1 不能为负数\n"
                                       "    A2: -1\n"
                                       "        ^",
                                       "station.yaml:9:7: A6 的得分 3.125 最多两位小数\n"
                                       "    A6: 3.125\n"
                                       "        ^",
                                       "station.yaml:10:3: 未知的评分项 'A11' (是否想写 'A1'?)\n"
                                       "    A11: 1\n"
                                       "    ^"}));
}

TEST(StationScores, ScoresMustBeNumbersInAMapping) {
  EXPECT_EQ(headlines(load_with("scores: [A1]\n")),
            Strings{"station.yaml:6:9: 'scores' 应为映射 (mapping)"});
  EXPECT_EQ(headlines(load_with("scores: {A1: 满分, Z9: 1}\n")),
            (Strings{"station.yaml:6:14: 应为数字, 实际为字符串 \"满分\"",
                     "station.yaml:6:18: 未知的评分项 'Z9'"}));
  EXPECT_EQ(headlines(load_with("scores: {A1: 99999999999999999}\n")),
            Strings{"station.yaml:6:14: A1 的得分 99999999999999999 超过该项分值 5"});
}

}  // namespace
}  // namespace shifan::testing
