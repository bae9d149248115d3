#include "shifan/score.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "every_kind_fixture.h"

namespace shifan {
namespace {

using testing::EveryKindScored;
using testing::EveryKindStation;
using testing::every_kind_rubric;

// "A 5..7, B 7" for the categories' subtotals.
std::string subtotals(const ScoreResult& result) {
  std::string out;
  for (const CategoryResult& category : result.categories) {
    std::string range = category.low.str() + (category.low == category.high ? "" : ".." + category.high.str());
    out += (out.empty() ? "" : ", ") + category.category->id + " " + range;
  }
  return out;
}

std::vector<std::string> outcomes(const EveryKindScored& scored) {
  std::vector<std::string> out;
  for (const ItemResult& item : scored.result().items) {
    out.push_back(item.item->id + " " + scored.outcome(item.item->id));
  }
  return out;
}

TEST(Score, AStationMeetingEveryItemIsEligibleWithTheTopGrade) {
  EveryKindScored scored;
  const ScoreResult& result = scored.result();
  EXPECT_EQ(outcomes(scored), (std::vector<std::string>{"K1 met 1", "K2 met 2", "K3 met 2", "K4 met 2",
                                                        "K5 met 2", "K6 met 2", "K7 met 1"}));
  EXPECT_EQ(subtotals(result), "A 5, B 7");
  EXPECT_EQ(result.total_low.str(), "12");
  EXPECT_EQ(result.total_high.str(), "12");
  EXPECT_EQ(result.verdict, Verdict::eligible);
  EXPECT_EQ(result.grade, "优秀");
  EXPECT_TRUE(result.discrepancies.empty());
  EXPECT_EQ(result.rubric, &every_kind_rubric());
  EXPECT_EQ(result.station, &scored.station());
}

TEST(Score, UnknownFactsWidenTheBoundsOfItemsCategoriesAndTotal) {
  EveryKindScored scored(EveryKindStation().set("rooms", "").set("high", "").set("scores", "{K4: 2}"));
  const ScoreResult& result = scored.result();
  EXPECT_EQ(scored.outcome("K1"), "unknown 0..1");
  EXPECT_EQ(scored.outcome("K3"), "unknown 0..2");
  EXPECT_EQ(scored.outcome("K5"), "unknown 1..2");
  EXPECT_EQ(subtotals(result), "A 2..5, B 6..7");
  EXPECT_EQ(result.total_low.str(), "8");
  EXPECT_EQ(result.total_high.str(), "12");
  EXPECT_EQ(result.verdict, Verdict::undetermined);
  EXPECT_EQ(result.grade, "合格");  // 8 is certain: 合格 (6), not yet 优秀 (10)
}

TEST(Score, ATotalThatCannotReachThePassMarkIsNotEligible) {
  EveryKindScored scored(EveryKindStation().set("staffed", "false"));
  EXPECT_EQ(scored.result().total_high.str(), "9");
  EXPECT_EQ(scored.result().verdict, Verdict::not_eligible);
  EXPECT_EQ(scored.result().grade, "合格");
  EveryKindScored hopeless(EveryKindStation().set("staffed", "false").set("rooms", "0").set("part_one", "false"));
  EXPECT_EQ(hopeless.result().total_high.str(), "5.5");
  EXPECT_EQ(hopeless.result().grade, std::nullopt);
}

TEST(Score, ATotalCertainToPassIsEligibleThoughSomeItemsAreUnknown) {
  EveryKindScored scored(EveryKindStation().set("scores", "{K4: 2}"));
  EXPECT_EQ(scored.result().total_low.str(), "11");
  EXPECT_EQ(scored.result().verdict, Verdict::eligible);
}

TEST(Score, ATriggeredVetoMakesTheStationNotEligibleWhateverTheTotal) {
  EveryKindScored scored(EveryKindStation().set("banned", "true"));
  const VetoResult& veto = scored.veto();
  EXPECT_EQ(veto.status, VetoStatus::triggered);
  EXPECT_EQ(veto.reason, "查实违规");
  EXPECT_EQ(scored.result().total_low.str(), "12");
  EXPECT_EQ(scored.result().verdict, Verdict::not_eligible);
  EXPECT_EQ(scored.result().grade, std::nullopt);
}

TEST(Score, AClearVetoSaysWhy) {
  EveryKindScored scored;
  EXPECT_EQ(scored.veto().status, VetoStatus::clear);
  EXPECT_EQ(scored.veto().reason, "无违规");
  EXPECT_TRUE(scored.veto().missing.empty());
  EXPECT_EQ(scored.veto().veto, &every_kind_rubric().vetoes[0]);
}

TEST(Score, AnUnknownVetoLeavesAPassingTotalUndetermined) {
  EveryKindScored scored(EveryKindStation().set("banned", ""));
  const VetoResult& veto = scored.veto();
  EXPECT_EQ(veto.status, VetoStatus::unknown);
  EXPECT_EQ(veto.missing, std::vector<std::string>{"banned"});
  EXPECT_EQ(veto.reason, "");
  EXPECT_EQ(veto.error, "");
  EXPECT_EQ(scored.result().verdict, Verdict::undetermined);
  EXPECT_EQ(scored.result().grade, std::nullopt);  // no grade while a veto may trigger
  // A total that cannot pass decides the verdict anyway.
  EveryKindScored low(EveryKindStation().set("banned", "").set("staffed", "false"));
  EXPECT_EQ(low.result().verdict, Verdict::not_eligible);
}

TEST(Score, AVetoThatFailsToEvaluateIsUnknownWithItsError) {
  LoadedRubric rubric = load_rubric(read_document(
      "e.yaml",
      "rubric: {id: e, title: e, total: 1, assessed_on: d, grades: [{name: g, min: 1}]}\n"
      "facts: {d: {type: date, required: true}, n: {type: int}}\n"
      "categories: [{id: A, title: a, points: 1, items: [{id: A1, text: t, points: 1, kind: computed, when: 'n > 0'}]}]\n"
      "vetoes: [{id: V1, text: v, when: 10 / n > 1, reason: {unknown: 不知道}}]\n"));
  ASSERT_TRUE(rubric.diagnostics.empty());
  LoadedStation station = load_station(read_document("s.yaml", "version: 1\nd: 2024-01-01\nn: 0\n"), *rubric.rubric);
  ASSERT_TRUE(station.diagnostics.empty());
  ScoreResult result = score(*rubric.rubric, *station.station);
  const VetoResult& veto = result.vetoes.at(0);
  EXPECT_EQ(veto.status, VetoStatus::unknown);
  EXPECT_EQ(veto.error, "除数为零");
  EXPECT_TRUE(veto.missing.empty());
  EXPECT_EQ(veto.reason, "不知道; 规则求值出错: 除数为零");
  EXPECT_EQ(result.verdict, Verdict::not_eligible);  // A1 unmet: total 0 < 1
}

TEST(Score, AClaimedScoreThatDiffersFromTheComputedOneIsADiscrepancy) {
  EveryKindScored scored(
      EveryKindStation().set("open", "false").set("scores", "{K1: 0.5, K2: 1, K3: 2, K4: 2, K5: 0.5}"));
  std::vector<std::string> found;
  for (const Discrepancy& d : scored.result().discrepancies) {
    found.push_back(d.item + " " + d.claimed.str() + " → " + d.computed.str());
  }
  // K1 is a judgement; K3 agrees; K4's gate failed, so its judgement doesn't count.
  EXPECT_EQ(found, (std::vector<std::string>{"K2 1 → 2", "K4 2 → 0", "K5 0.5 → 2"}));
  EXPECT_EQ(scored.outcome("K2"), "met 2");  // the computed score stands
}

TEST(Score, AnUndecidedItemHasNoDiscrepancy) {
  EveryKindScored scored(EveryKindStation().set("staffed", "").set("scores", "{K1: 1, K2: 2, K4: 2}"));
  EXPECT_TRUE(scored.result().discrepancies.empty());
}

// Everything score() works out but the reasons, as one line per result.
std::vector<std::string> without_reasons(const ScoreResult& result) {
  std::vector<std::string> out;
  for (const ItemResult& item : result.items) {
    out.push_back(item.item->id + " " + testing::outcome_of(item) + " [" + fmt::format("{}", fmt::join(item.missing, ",")) +
                  "] " + item.error);
  }
  for (const VetoResult& veto : result.vetoes) {
    out.push_back(veto.veto->id + " " + status_name(veto.status) + " [" + fmt::format("{}", fmt::join(veto.missing, ",")) +
                  "] " + veto.error);
  }
  out.push_back(subtotals(result) + " total " + result.total_low.str() + ".." + result.total_high.str() + " " +
                verdict_name(result.verdict) + " " + result.grade.value_or("-") + " discrepancies " +
                std::to_string(result.discrepancies.size()) + " grades " + std::to_string(result.grades.size()));
  return out;
}

TEST(Score, WithoutReasonsEverythingButTheReasonsIsTheSame) {
  for (const EveryKindStation& station :
       {EveryKindStation(), EveryKindStation().set("staffed", "").set("banned", ""),
        EveryKindStation().set("open", "false").set("rooms", "3").set("banned", "true"),
        EveryKindStation().set("exempt", "true").set("scores", "")}) {
    EveryKindScored scored(station);
    ScoreResult lean = score(every_kind_rubric(), scored.station(), ScoreOptions{.reasons = false});
    EXPECT_EQ(without_reasons(lean), without_reasons(scored.result())) << station.yaml();
    bool some_reason = false;
    for (const ItemResult& item : scored.result().items) {
      some_reason = some_reason || !item.reason.empty();
    }
    EXPECT_TRUE(some_reason) << station.yaml();
    for (const ItemResult& item : lean.items) {
      EXPECT_EQ(item.reason, "") << item.item->id;
    }
    EXPECT_EQ(lean.vetoes.at(0).reason, "");
  }
}

TEST(Score, ARubricsOwnScoreIsNotTheTemplatesScore) {
  // A constant named `score`: a template binding the item's score must not
  // change what later rules read, or the scores would depend on the reasons.
  LoadedRubric rubric = load_rubric(read_document(
      "s.yaml",
      "rubric: {id: s, title: s, total: 2, assessed_on: d, grades: [{name: g, min: 1}]}\n"
      "constants: {score: 5}\n"
      "facts: {d: {type: date, required: true}, n: {type: int}}\n"
      "categories: [{id: A, title: a, points: 2, items: [\n"
      "  {id: A1, text: t, points: 1, kind: computed, when: 'n > 0', reason: '得 {score}'},\n"
      "  {id: A2, text: t, points: 1, kind: computed, when: 'score > 3'}]}]\n"));
  ASSERT_TRUE(rubric.diagnostics.empty()) << format_diagnostic(rubric.diagnostics.front());
  LoadedStation station = load_station(read_document("s.yaml", "version: 1\nd: 2024-01-01\nn: 1\n"), *rubric.rubric);
  ASSERT_TRUE(station.diagnostics.empty());
  for (bool reasons : {true, false}) {
    ScoreResult result = score(*rubric.rubric, *station.station, ScoreOptions{.reasons = reasons});
    EXPECT_EQ(result.items.at(0).reason, reasons ? "得 5" : "");
    EXPECT_EQ(result.items.at(1).status, ItemStatus::met);
  }
}

TEST(Score, NamesAndLabelsOfStatuses) {
  EXPECT_STREQ(status_name(ItemStatus::not_applicable), "not_applicable");
  EXPECT_STREQ(status_name(VetoStatus::triggered), "triggered");
  EXPECT_STREQ(verdict_name(Verdict::not_eligible), "not_eligible");
  EXPECT_STREQ(status_label(ItemStatus::partial), "部分得分");
  EXPECT_STREQ(status_label(ItemStatus::not_applicable), "不适用");
  EXPECT_STREQ(status_label(VetoStatus::clear), "未触发");
  EXPECT_STREQ(status_label(VetoStatus::unknown), "待定");
}

}  // namespace
}  // namespace shifan
