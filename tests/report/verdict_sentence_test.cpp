#include <gtest/gtest.h>

#include <string>

#include "every_kind_fixture.h"
#include "shifan/render.h"

namespace shifan {
namespace {

using testing::EveryKindScored;
using testing::EveryKindStation;

// The verdict words: the rubric's own once it can declare them (issue 9).
const std::string k_eligible = "符合申报条件";
const std::string k_not_eligible = "不符合申报条件";

std::string sentence(const EveryKindStation& station) {
  return verdict_sentence(EveryKindScored(station).result());
}

TEST(VerdictSentence, EligibleGivesTheTotalAndThePassMark) {
  EXPECT_EQ(sentence(EveryKindStation()), "结论: " + k_eligible + " (总分 12 ≥ 10, 未触发一票否决)");
}

TEST(VerdictSentence, NotEligibleNamesTheTriggeredVeto) {
  EXPECT_EQ(sentence(EveryKindStation().set("banned", "true")),
            "结论: " + k_not_eligible + " (触发一票否决: V1 有违规)");
}

TEST(VerdictSentence, NotEligibleGivesTheHighestPossibleTotal) {
  EXPECT_EQ(sentence(EveryKindStation().set("staffed", "false").set("rooms", "")),
            "结论: " + k_not_eligible + " (总分最高 9 < 10)");
}

TEST(VerdictSentence, UndeterminedGivesTheRangeAndWhatIsMissingOnce) {
  EXPECT_EQ(sentence(EveryKindStation().set("staffed", "").set("scores", "{K4: 2}")),
            "结论: 待定 (总分在 8–12 之间; 尚缺: scores.K1 (K1 评分), staffed (人员到位))");
}

TEST(VerdictSentence, UndeterminedByAVetoNamesIt) {
  EXPECT_EQ(sentence(EveryKindStation().set("banned", "")),
            "结论: 待定 (总分 12 已达 10, 但一票否决 V1 待定; 尚缺: banned (违规))");
}

}  // namespace
}  // namespace shifan
