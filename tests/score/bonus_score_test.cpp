// Scoring with bonus and deduction categories and a grade with `when`
// (rubric/example-bonus.yaml).
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "shifan/document.h"
#include "shifan/score.h"
#include "shifan/station.h"

namespace shifan {
namespace {

const Rubric& bonus_rubric() {
  static const LoadedRubric loaded = load_rubric(read_document(
      "example-bonus.yaml", read_file(SHIFAN_SOURCE_DIR "/rubric/example-bonus.yaml", 1 << 20)));
  for (const Diagnostic& diagnostic : loaded.diagnostics) {
    ADD_FAILURE() << format_diagnostic(diagnostic);
  }
  return loaded.rubric.value();
}

// A station with every base item met (10 with the default scores), then
// `facts`: YAML lines for the bonus and deduction facts.
struct Scored {
  explicit Scored(const std::string& facts, const std::string& scores = "{A1: 3, B1: 3}") {
    std::string yaml = "version: 1\nstation: {name: 测试所, assessed_on: 2024-05-20}\n"
                       "full_time_staff: 3\nmediation_rate_percent: 98\nscores: " +
                       scores + "\n" + facts;
    LoadedStation loaded = load_station(read_document("s.yaml", yaml), bonus_rubric());
    for (const Diagnostic& diagnostic : loaded.diagnostics) {
      ADD_FAILURE() << format_diagnostic(diagnostic);
    }
    station = std::move(loaded.station);
    result = score(bonus_rubric(), *station);
  }
  std::string part(CategoryKind kind) const {
    const TotalPart& p = result.part(kind);
    return p.low.str() + (p.low == p.high ? "" : ".." + p.high.str()) + (p.cap_reached ? " capped" : "");
  }
  std::string total() const {
    return result.total_low.str() + (result.total_low == result.total_high ? "" : ".." + result.total_high.str());
  }
  std::optional<Station> station;
  ScoreResult result;
};

const std::string k_nothing_extra =
    "provincial_honour: false\ninnovations_promoted: 0\nmajor_incidents: 0\ncomplaints_upheld: 0\n";

TEST(BonusScore, TheBonusIsCappedAndAddedToTheBase) {
  Scored scored("provincial_honour: true\ninnovations_promoted: 2\nmajor_incidents: 0\ncomplaints_upheld: 0\n");
  EXPECT_EQ(scored.part(CategoryKind::base), "10");
  EXPECT_EQ(scored.part(CategoryKind::bonus), "2 capped");  // 1.5 + 1 = 2.5, capped at 2
  EXPECT_EQ(scored.part(CategoryKind::deduction), "0");
  EXPECT_EQ(scored.total(), "12");
  EXPECT_TRUE(scored.result.categories[2].cap_reached);
  EXPECT_EQ(scored.result.categories[2].low.str(), "2");
  EXPECT_EQ(scored.result.verdict, Verdict::eligible);
  EXPECT_EQ(scored.result.grade, "五星");
}

TEST(BonusScore, DeductionsAreSubtractedUpToTheirCap) {
  Scored scored("provincial_honour: false\ninnovations_promoted: 0\nmajor_incidents: 2\ncomplaints_upheld: 1\n");
  EXPECT_EQ(scored.result.items[6].low.str(), "3");  // D1: 2 × 2 = 4, clamped to its 3 points
  EXPECT_EQ(scored.part(CategoryKind::deduction), "3 capped");  // 3 + 0.5, capped at 3
  EXPECT_EQ(scored.total(), "7");
  EXPECT_EQ(scored.result.grade, "三星");
  EXPECT_EQ(points_lost(scored.result.items[6]).str(), "3");
  EXPECT_EQ(points_at_stake(scored.result.items[4]).str(), "0");  // a bonus item costs nothing
}

TEST(BonusScore, AnUnknownDeductionLowersTheTotalsLowBound) {
  Scored scored("provincial_honour: false\ninnovations_promoted: 0\nmajor_incidents: 0\n");
  EXPECT_EQ(scored.part(CategoryKind::deduction), "0..1");
  EXPECT_EQ(scored.total(), "9..10");
  EXPECT_EQ(points_at_stake(scored.result.items[7]).str(), "1");
  EXPECT_EQ(scored.result.verdict, Verdict::eligible);  // 9 already meets 五星's 9, and B is 5
}

TEST(BonusScore, AFailingConditionWithholdsTheGradeAndTheVerdict) {
  Scored scored("provincial_honour: true\ninnovations_promoted: 1\nmajor_incidents: 0\ncomplaints_upheld: 0\n",
                "{A1: 3, B1: 1}");
  EXPECT_EQ(scored.total(), "10");  // 5 + 3 + 2 bonus - 0; B = 3 < 4
  EXPECT_EQ(scored.result.grades[0].condition, ConditionStatus::fails);
  EXPECT_EQ(scored.result.verdict, Verdict::not_eligible);
  EXPECT_EQ(scored.result.grade, "四星");
}

TEST(BonusScore, AConditionOnAnUndecidedCategoryIsUnknown) {
  Scored scored(k_nothing_extra, "{A1: 3}");
  EXPECT_EQ(scored.total(), "7..10");
  EXPECT_EQ(scored.result.grades[0].condition, ConditionStatus::unknown);
  EXPECT_EQ(scored.result.grades[0].missing, (std::vector<std::string>{"category.B"}));
  EXPECT_EQ(scored.result.grades[1].condition, ConditionStatus::holds);
  EXPECT_EQ(scored.result.verdict, Verdict::undetermined);
  EXPECT_EQ(scored.result.grade, "三星");  // 7 is certain: 三星 (6), not yet 四星 (8)
}

}  // namespace
}  // namespace shifan
