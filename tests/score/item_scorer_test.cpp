#include "item_scorer.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "every_kind_fixture.h"

namespace shifan::detail {
namespace {

using testing::EveryKindScored;
using testing::EveryKindStation;
using testing::every_kind_rubric;

Decimal points(const char* text) { return Decimal::parse(text).value(); }

// Item `id` of the every-kind rubric scored for `station` with `claimed` as
// its scores.<id>: "met 2", "unknown 0..2" (as EveryKindScored::outcome).
class ItemScored {
 public:
  ItemScored(const EveryKindStation& station, std::string_view id, std::optional<Decimal> claimed = std::nullopt)
      : m_scored(station) {
    Scope scope(every_kind_rubric(), m_scored.station());
    m_result = score_item(*every_kind_rubric().find_item(id), claimed, scope);
  }

  std::string outcome() const { return testing::outcome_of(m_result); }
  const ItemResult& result() const { return m_result; }

 private:
  EveryKindScored m_scored;
  ItemResult m_result;
};

using Paths = std::vector<std::string>;

TEST(ItemScorer, AssessedTakesTheJudgementOrIsUnknownUpToItsPoints) {
  ItemScored given(EveryKindStation(), "K1", points("0.5"));
  EXPECT_EQ(given.outcome(), "partial 0.5");
  EXPECT_EQ(given.result().reason, "评分 0.5 分");
  ItemScored absent(EveryKindStation(), "K1");
  EXPECT_EQ(absent.outcome(), "unknown 0..1");
  EXPECT_EQ(absent.result().missing, Paths{"scores.K1"});
  EXPECT_EQ(absent.result().reason, "未给出评分 (scores.K1)");
}

TEST(ItemScorer, AConditionGivesAllOrNothingAndItsOutcomesWording) {
  ItemScored met(EveryKindStation(), "K2");
  EXPECT_EQ(met.outcome(), "met 2");
  EXPECT_EQ(met.result().reason, "人员已到位");
  ItemScored unmet(EveryKindStation().set("staffed", "false"), "K2", points("2"));
  EXPECT_EQ(unmet.outcome(), "unmet 0");
  EXPECT_EQ(unmet.result().reason, "人员未到位");
  ItemScored unknown(EveryKindStation().set("staffed", ""), "K2");
  EXPECT_EQ(unknown.outcome(), "unknown 0..2");
  EXPECT_EQ(unknown.result().missing, Paths{"staffed"});
  EXPECT_EQ(unknown.result().reason, "不知人员是否到位");
}

TEST(ItemScorer, ANumericScoreIsClampedToZeroAndThePoints) {
  // score: 0.5 * rooms - 1, out of 2.
  EXPECT_EQ(ItemScored(EveryKindStation().set("rooms", "3"), "K3").outcome(), "partial 0.5");
  EXPECT_EQ(ItemScored(EveryKindStation().set("rooms", "6"), "K3").outcome(), "met 2");
  EXPECT_EQ(ItemScored(EveryKindStation().set("rooms", "40"), "K3").outcome(), "met 2");
  EXPECT_EQ(ItemScored(EveryKindStation().set("rooms", "0"), "K3").outcome(), "unmet 0");
  EXPECT_EQ(ItemScored(EveryKindStation().set("rooms", "-9"), "K3").outcome(), "unmet 0");
  EXPECT_EQ(ItemScored(EveryKindStation().set("rooms", "3"), "K3").result().reason, "房间 3 间, 得 0.5 分");
  ItemScored unknown(EveryKindStation().set("rooms", ""), "K3");
  EXPECT_EQ(unknown.outcome(), "unknown 0..2");
  EXPECT_EQ(unknown.result().missing, Paths{"rooms"});
  EXPECT_EQ(unknown.result().reason, "房间 未知 间, 得 未知 分");
}

TEST(ItemScorer, AGateDecidesWhetherTheJudgementCounts) {
  ItemScored met(EveryKindStation(), "K4", points("1.5"));
  EXPECT_EQ(met.outcome(), "partial 1.5");
  EXPECT_EQ(met.result().reason, "评分 1.5 分");
  ItemScored not_judged(EveryKindStation(), "K4");
  EXPECT_EQ(not_judged.outcome(), "unknown 0..2");
  EXPECT_EQ(not_judged.result().missing, Paths{"scores.K4"});
  ItemScored shut(EveryKindStation().set("open", "false"), "K4", points("2"));
  EXPECT_EQ(shut.outcome(), "unmet 0");
  EXPECT_EQ(shut.result().reason, "前提条件不满足");
  // An unknown gate: at most the claimed score, or the points when none.
  ItemScored unknown(EveryKindStation().set("open", ""), "K4", points("1.5"));
  EXPECT_EQ(unknown.outcome(), "unknown 0..1.5");
  EXPECT_EQ(unknown.result().missing, Paths{"open"});
  EXPECT_EQ(ItemScored(EveryKindStation().set("open", ""), "K4").outcome(), "unknown 0..2");
}

TEST(ItemScorer, TheFirstTierThatHoldsGivesTheScore) {
  // tiers: high → 2, low → 1, else 0.
  EXPECT_EQ(ItemScored(EveryKindStation(), "K5").outcome(), "met 2");
  EXPECT_EQ(ItemScored(EveryKindStation().set("low", ""), "K5").outcome(), "met 2");
  EXPECT_EQ(ItemScored(EveryKindStation().set("high", "false"), "K5").outcome(), "partial 1");
  EXPECT_EQ(ItemScored(EveryKindStation().set("high", "false").set("low", "false"), "K5").outcome(), "unmet 0");
  ItemScored high_unknown(EveryKindStation().set("high", ""), "K5");
  EXPECT_EQ(high_unknown.outcome(), "unknown 1..2");
  EXPECT_EQ(high_unknown.result().missing, Paths{"high"});
  EXPECT_EQ(ItemScored(EveryKindStation().set("high", "").set("low", "false"), "K5").outcome(), "unknown 0..2");
  EXPECT_EQ(ItemScored(EveryKindStation().set("high", "false").set("low", ""), "K5").outcome(), "unknown 0..1");
}

TEST(ItemScorer, PartsAddUpOnTheirOwn) {
  // parts: part_one 1.5 + part_two 0.5.
  EXPECT_EQ(ItemScored(EveryKindStation(), "K6").outcome(), "met 2");
  EXPECT_EQ(ItemScored(EveryKindStation().set("part_two", "false"), "K6").outcome(), "partial 1.5");
  EXPECT_EQ(ItemScored(EveryKindStation().set("part_one", "false"), "K6").outcome(), "partial 0.5");
  EXPECT_EQ(ItemScored(EveryKindStation().set("part_one", "false").set("part_two", "false"), "K6").outcome(),
            "unmet 0");
  ItemScored unknown(EveryKindStation().set("part_one", "").set("part_two", ""), "K6");
  EXPECT_EQ(unknown.outcome(), "unknown 0..2");
  EXPECT_EQ(unknown.result().missing, (Paths{"part_one", "part_two"}));
  EXPECT_EQ(ItemScored(EveryKindStation().set("part_one", ""), "K6").outcome(), "unknown 0.5..2");
}

TEST(ItemScorer, NotApplicableScoresItsOwnScore) {
  // computed `when: staffed` (1 point); not applicable when exempt (0.5).
  ItemScored exempt(EveryKindStation().set("exempt", "true").set("staffed", ""), "K7");
  EXPECT_EQ(exempt.outcome(), "not_applicable 0.5");
  EXPECT_EQ(exempt.result().reason, "已豁免");
  EXPECT_TRUE(exempt.result().missing.empty());
  EXPECT_EQ(ItemScored(EveryKindStation(), "K7").outcome(), "met 1");
  EXPECT_EQ(ItemScored(EveryKindStation().set("staffed", "false"), "K7").outcome(), "unmet 0");
  // Unknown whether it applies: between the two outcomes.
  ItemScored unknown(EveryKindStation().set("exempt", ""), "K7");
  EXPECT_EQ(unknown.outcome(), "unknown 0.5..1");
  EXPECT_EQ(unknown.result().missing, Paths{"exempt"});
  EXPECT_EQ(ItemScored(EveryKindStation().set("exempt", "").set("staffed", "false"), "K7").outcome(),
            "unknown 0..0.5");
}

// Rules that fail to evaluate for some stations.
constexpr std::string_view k_failing_rubric = R"(rubric: {id: e, title: e, total: 2, assessed_on: d, grades: [{name: g, min: 1}]}
facts:
  d: {type: date, required: true}
  n: {type: int}
categories:
  - id: A
    title: a
    points: 2
    items:
      - {id: A1, text: t, points: 1, kind: computed, score: double(n) / 3.0}
      - {id: A2, text: t, points: 1, kind: computed, when: 10 / n > 1, reason: {unknown: 不知道}}
)";

ItemResult failing(std::string_view id, std::string_view n) {
  LoadedRubric rubric = load_rubric(read_document("e.yaml", std::string(k_failing_rubric)));
  EXPECT_TRUE(rubric.diagnostics.empty());
  LoadedStation station =
      load_station(read_document("s.yaml", "version: 1\nd: 2024-01-01\nn: " + std::string(n) + "\n"), rubric.rubric.value());
  EXPECT_TRUE(station.diagnostics.empty());
  Scope scope(*rubric.rubric, station.station.value());
  return score_item(*rubric.rubric->find_item(id), std::nullopt, scope);
}

TEST(ItemScorer, ARuleThatFailsLeavesTheItemUnknownWithTheError) {
  ItemResult thirds = failing("A1", "1");
  EXPECT_EQ(thirds.status, ItemStatus::unknown);
  EXPECT_EQ(thirds.error, "分数应为最多两位小数的数");
  EXPECT_EQ(thirds.reason, "规则求值出错: 分数应为最多两位小数的数");
  EXPECT_EQ(failing("A1", "3").status, ItemStatus::met);
  ItemResult divided = failing("A2", "0");
  EXPECT_EQ(divided.status, ItemStatus::unknown);
  EXPECT_EQ(divided.high.str(), "1");
  EXPECT_EQ(divided.error, "除数为零");
  EXPECT_TRUE(divided.missing.empty());
  EXPECT_EQ(divided.reason, "不知道; 规则求值出错: 除数为零");
}

TEST(ItemScorer, OnlyAssessedAndPassedGatedItemsTakeTheJudgement) {
  const Rubric& rubric = every_kind_rubric();
  EXPECT_TRUE(judgement_decides(*rubric.find_item("K1"), ItemStatus::unmet));
  EXPECT_TRUE(judgement_decides(*rubric.find_item("K4"), ItemStatus::partial));
  EXPECT_FALSE(judgement_decides(*rubric.find_item("K4"), ItemStatus::unmet));
  for (const char* id : {"K2", "K3", "K5", "K6", "K7"}) {
    EXPECT_FALSE(judgement_decides(*rubric.find_item(id), ItemStatus::met)) << id;
  }
}

}  // namespace
}  // namespace shifan::detail
