// The default rubric's vetoes, time windows, totals, verdict, grade and
// discrepancies at their boundaries (docs/rubric-anhui-2024.md).
#include <gtest/gtest.h>

#include "anhui_fixture.h"

namespace shifan::testing {
namespace {

using Strings = std::vector<std::string>;

// Moves the assessment date, with every training inside the new year.
AnhuiStation assessed_on(const std::string& date, const std::string& training_date) {
  AnhuiStation station = base_station();
  station.set("station.assessed_on", date);
  for (Person& person : station.staff()) {
    person.trainings = "[{date: " + training_date + ", days: 12}]";
  }
  return station;
}

TEST(AnhuiVetoes, V1VerticalManagement) {
  AnhuiStation station = base_station();
  station.set("management.vertical_management", "false");
  Scored s(station);
  EXPECT_EQ(s.vetoes_not_clear(), Strings{"V1 triggered"});
  EXPECT_EQ(s.total(), "100");
  EXPECT_EQ(s.verdict(), "not_eligible");
  EXPECT_EQ(s.result().grade, std::nullopt);
  station.set("management.vertical_management", "");
  Scored unknown(station);
  EXPECT_EQ(unknown.vetoes_not_clear(), Strings{"V1 unknown"});
  EXPECT_EQ(unknown.verdict(), "undetermined");
  EXPECT_EQ(unknown.result().grade, std::nullopt);
}

TEST(AnhuiVetoes, V2SectionLevelDirectorNeedNotBeFullTime) {
  AnhuiStation station = base_station();
  station.person(0).rank = "科员";
  EXPECT_EQ(Scored(station).vetoes_not_clear(), Strings{"V2 triggered"});
  station.person(0).rank = "正科级";
  station.person(0).full_time = "false";
  station.staff().push_back(Person{.name = "己"});  // keeps 5 full-time
  Scored part_time(station);
  EXPECT_EQ(part_time.vetoes_not_clear(), Strings{});
  EXPECT_EQ(part_time.item("A5"), "unmet 0");
}

TEST(AnhuiVetoes, V2WithoutADirectorOrItsRank) {
  AnhuiStation no_director = base_station();
  no_director.person(0).role = "副所长";
  EXPECT_EQ(Scored(no_director).vetoes_not_clear(), Strings{"V2 triggered"});
  AnhuiStation no_rank = base_station();
  no_rank.person(0).rank = "";
  Scored s(no_rank);
  EXPECT_EQ(s.vetoes_not_clear(), Strings{"V2 unknown"});
  EXPECT_EQ(s.verdict(), "undetermined");
}

TEST(AnhuiVetoes, V4OfficeAreaEqualToTheStandardIsEnough) {
  AnhuiStation station = base_station();
  station.set("facilities.office_area_m2", "150");
  EXPECT_EQ(Scored(station).vetoes_not_clear(), Strings{});
  station.set("facilities.office_area_m2", "149.99");
  EXPECT_EQ(Scored(station).vetoes_not_clear(), Strings{"V4 triggered"});
  station.set("facilities.office_area_standard_m2", "");
  EXPECT_EQ(Scored(station).vetoes_not_clear(), Strings{"V4 unknown"});
}

TEST(AnhuiVetoes, V5BudgetInFiscalPlan) {
  AnhuiStation station = base_station();
  station.set("management.budget_in_fiscal_plan", "false");
  EXPECT_EQ(Scored(station).vetoes_not_clear(), Strings{"V5 triggered"});
  station.set("management.budget_in_fiscal_plan", "");
  EXPECT_EQ(Scored(station).vetoes_not_clear(), Strings{"V5 unknown"});
}

// V6: a sanction with D − 2y < date ≤ D.
TEST(AnhuiVetoes, V6SanctionExactlyTwoYearsBeforeIsOutside) {
  AnhuiStation station = base_station();
  station.person(2).sanctions = "[{date: 2022-05-20, kind: 政纪处分}]";
  Scored outside(station);
  EXPECT_EQ(outside.veto("V6"), "clear");
  EXPECT_EQ(outside.verdict(), "eligible");
  station.person(2).sanctions = "[{date: 2022-05-21, kind: 政纪处分}]";
  Scored inside(station);
  EXPECT_EQ(inside.veto("V6"), "triggered");
  EXPECT_EQ(inside.verdict(), "not_eligible");
}

TEST(AnhuiVetoes, V6SanctionOnTheAssessmentDateCounts) {
  AnhuiStation station = base_station();
  station.person(4).full_time = "false";
  station.staff().push_back(Person{.name = "己", .sanctions = "[{date: 2024-05-20, kind: 刑事处罚}]"});
  EXPECT_EQ(Scored(station).vetoes_not_clear(), Strings{"V6 triggered"});
}

TEST(AnhuiVetoes, SanctionAfterTheAssessmentDateIsNotScored) {
  AnhuiStation station = base_station();
  station.person(1).sanctions = "[{date: 2024-05-21, kind: 党纪处分}]";
  Strings problems = load_problems(station.yaml());
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_NE(problems[0].find("晚于评定基准日"), std::string::npos) << problems[0];
  LoadedStation loaded = load_station(read_document("station.yaml", station.yaml()), anhui_rubric());
  EXPECT_FALSE(loaded.station);
}

TEST(AnhuiVetoes, V6KnownSanctionDecidesItWhateverElseIsMissing) {
  AnhuiStation station = base_station();
  station.person(0).sanctions = "";
  station.person(3).sanctions = "[{date: 2023-08-15, kind: 党纪处分}]";
  Scored s(station);
  EXPECT_EQ(s.veto("V6"), "triggered");
  EXPECT_EQ(s.verdict(), "not_eligible");
}

TEST(AnhuiVetoes, V6UnknownWhenSanctionsWereNotChecked) {
  AnhuiStation station = base_station();
  station.person(0).sanctions = "";
  station.person(3).sanctions = "[{date: 2021-06-30, kind: 党纪处分}]";  // too old
  Scored s(station);
  EXPECT_EQ(s.vetoes_not_clear(), Strings{"V6 unknown"});
  EXPECT_EQ(s.total(), "100");
  EXPECT_EQ(s.verdict(), "undetermined");
  EXPECT_EQ(s.result().grade, std::nullopt);
}

TEST(AnhuiVetoes, V6UnknownDoesNotRescueAStationThatFailsOtherwise) {
  AnhuiStation station = base_station();
  station.person(0).sanctions = "";
  station.set("management.budget_in_fiscal_plan", "false");
  Scored vetoed(station);
  EXPECT_EQ(vetoed.vetoes_not_clear(), (Strings{"V5 triggered", "V6 unknown"}));
  EXPECT_EQ(vetoed.verdict(), "not_eligible");

  AnhuiStation low = base_station();
  low.person(0).sanctions = "";
  low.score("C5", "0").score("D2", "0");  // 94
  Scored below(low);
  EXPECT_EQ(below.total(), "94");
  EXPECT_EQ(below.verdict(), "not_eligible");
}

TEST(AnhuiVetoes, V6UnknownWithoutAStaffList) {
  AnhuiStation station = base_station();
  station.without_staff();
  Scored s(station);
  EXPECT_EQ(s.vetoes_not_clear(), (Strings{"V2 unknown", "V3 unknown", "V6 unknown"}));
  EXPECT_EQ(s.verdict(), "undetermined");
}

// 29 February: D − 2y and D − 1y fall on 28 February.
TEST(AnhuiWindows, LeapDayTwoYearWindowStartsOnTheTwentyEighth) {
  AnhuiStation station = assessed_on("2024-02-29", "2023-06-01");
  station.set("evaluation.awards", "[{date: 2022-02-28, level: 市级, issuer: 党委政府}, "
                                   "{date: 2022-03-01, level: 县级, issuer: 党委政府}]");
  station.person(2).sanctions = "[{date: 2022-02-28, kind: 政纪处分}]";
  Scored outside(station);
  EXPECT_EQ(outside.veto("V6"), "clear");
  EXPECT_EQ(outside.item("E3"), "partial 1");
  station.person(2).sanctions = "[{date: 2022-03-01, kind: 政纪处分}]";
  EXPECT_EQ(Scored(station).veto("V6"), "triggered");
}

TEST(AnhuiWindows, LeapDayTrainingYearStartsOnTheTwentyEighth) {
  AnhuiStation station = assessed_on("2024-02-29", "2023-06-01");
  EXPECT_EQ(Scored(station).item("A9"), "met 1");
  station.person(4).trainings = "[{date: 2023-02-28, days: 12}]";
  EXPECT_EQ(Scored(station).item("A9"), "unmet 0");
  station.person(4).trainings = "[{date: 2023-03-01, days: 12}]";
  EXPECT_EQ(Scored(station).item("A9"), "met 1");
}

TEST(AnhuiWindows, CountyRanksAreForTheTwoCalendarYearsBefore) {
  AnhuiStation station = assessed_on("2025-01-01", "2024-06-01");
  Scored s(station);  // 2024 and 2023 now; the file has 2023 and 2022
  EXPECT_EQ(s.item("E1"), "unknown 0..3");
  station.set("evaluation.county_ranks", "[{year: 2024, rank: 2}, {year: 2023, rank: 1}]");
  EXPECT_EQ(Scored(station).item("E1"), "met 3");
}

// Totals and verdict: ≥ 95 with every veto clear is eligible.
TEST(AnhuiVerdict, NinetyFiveExactlyIsEligible) {
  AnhuiStation station = base_station();
  // −0.5 −0.5 −0.5 −0.5 −1.5 −1.5 = −5
  station.score("A1", "4.5").score("B1", "2").score("C5", "2.5").score("D2", "2.5");
  station.score("A10", "1.5").score("D6", "0.5");
  Scored s(station);
  EXPECT_EQ(s.result().total_low, Decimal::from_int(95));
  EXPECT_EQ(s.result().total_high, Decimal::from_int(95));
  EXPECT_EQ(s.verdict(), "eligible");
  EXPECT_EQ(s.result().grade, "可申报省示范司法所");
}

TEST(AnhuiVerdict, NinetyFourAndAHalfIsNotEligible) {
  AnhuiStation station = base_station();
  station.score("A1", "4.5").score("B1", "2").score("C5", "2.5").score("D2", "2.5");
  station.score("A10", "1.5").score("D6", "0.5").score("E5", "0.5");
  Scored s(station);
  EXPECT_EQ(s.total(), "94.5");
  EXPECT_EQ(s.verdict(), "not_eligible");
  EXPECT_EQ(s.result().grade, std::nullopt);
}

TEST(AnhuiVerdict, HundredthsAddUpExactly) {
  AnhuiStation station = base_station();
  // 0.1 + 0.2 + 0.3 + 0.4 + 0.7 + 0.9 + 0.99 + 0.01 + 1.4 = 5 (inexact as doubles)
  station.score("A1", "4.9").score("A2", "4.8").score("A3", "4.7").score("A10", "2.6");
  station.score("B1", "1.8").score("B2", "1.6").score("C1", "1.01").score("C2", "0.99");
  station.score("D2", "1.6");
  Scored s(station);
  EXPECT_EQ(s.result().total_low, Decimal::from_int(95));
  EXPECT_EQ(s.verdict(), "eligible");
  EXPECT_EQ(s.result().grade, "可申报省示范司法所");
  station.score("C9", "0.99");
  Scored just_below(station);
  EXPECT_EQ(just_below.total(), "94.99");
  EXPECT_EQ(just_below.verdict(), "not_eligible");
}

TEST(AnhuiVerdict, NinetyFourAndAHalfPlusAHalfIsNinetyFive) {
  AnhuiStation station = base_station();
  // Assessed losses of 5.5, then E5 gets its missing half back: 94.5 + 0.5.
  station.score("A1", "4.5").score("B1", "2").score("C5", "2.5").score("D2", "2.5");
  station.score("A10", "1.5").score("D6", "0.5").score("E5", "0.5");
  EXPECT_EQ(Scored(station).total(), "94.5");
  station.score("E5", "1");
  Scored s(station);
  EXPECT_EQ(s.result().total_low, Decimal::from_int(95));
  EXPECT_EQ(s.verdict(), "eligible");
}

TEST(AnhuiVerdict, EligibleWhenTheLowestPossibleTotalReachesNinetyFive) {
  AnhuiStation station = base_station();
  station.score("A1", "");  // 0..5
  Scored s(station);
  EXPECT_EQ(s.total(), "95..100");
  EXPECT_EQ(s.verdict(), "eligible");
  EXPECT_EQ(s.result().grade, "可申报省示范司法所");
  station.score("E2", "");  // 94..100
  Scored open(station);
  EXPECT_EQ(open.total(), "94..100");
  EXPECT_EQ(open.verdict(), "undetermined");
  EXPECT_EQ(open.result().grade, std::nullopt);
}

TEST(AnhuiVerdict, NotEligibleWhenEvenTheHighestTotalIsBelowNinetyFive) {
  AnhuiStation station = base_station();
  station.set("evaluation.county_ranks", "[{year: 2023, rank: 4}]");  // E1 0 with 2022 missing
  station.set("evaluation.awards", "[{date: 2023-12-20, level: 市级, issuer: 党委政府}]");  // E3 2
  station.score("C8", "1").score("C9", "0").score("D8", "");  // −1, −1 and 0..1
  Scored s(station);
  EXPECT_EQ(s.total(), "93..94");
  EXPECT_EQ(s.vetoes_not_clear(), Strings{});
  EXPECT_EQ(s.verdict(), "not_eligible");
}

TEST(AnhuiVerdict, CategorySubtotals) {
  AnhuiStation station = base_station();
  station.score("A1", "4.5").score("B12", "").score("E2", "0");
  Scored s(station);
  ASSERT_EQ(s.result().categories.size(), 5U);
  Strings subtotals;
  for (const CategoryResult& category : s.result().categories) {
    subtotals.push_back(category.category->id + " " + category.low.str() + ".." + category.high.str());
  }
  EXPECT_EQ(subtotals, (Strings{"A 29.5..29.5", "B 28..30", "C 15..15", "D 15..15", "E 9..9"}));
}

// Discrepancies: self-claimed scores of computed items, failed gates.
TEST(AnhuiDiscrepancies, ClaimedComputedScoreThatDiffersIsListed) {
  AnhuiStation station = base_station();
  station.set("mediation.disputes", "99").set("mediation.disputes_resolved", "97");
  station.score("B6", "1").score("A6", "4").score("E6", "1");
  Scored s(station);
  EXPECT_EQ(s.item("B6"), "unmet 0");  // the computed score stands
  EXPECT_EQ(s.discrepancies(), Strings{"B6 claimed 1 computed 0"});
  EXPECT_EQ(s.total(), "99");
}

TEST(AnhuiDiscrepancies, ClaimedZeroForAMetComputedItemIsListed) {
  AnhuiStation station = base_station();
  station.score("B14", "0").score("A8", "0");
  Scored s(station);
  EXPECT_EQ(s.item("B14"), "met 1");
  EXPECT_EQ(s.item("A8"), "not_applicable 1");
  EXPECT_EQ(s.discrepancies(), (Strings{"A8 claimed 0 computed 1", "B14 claimed 0 computed 1"}));
}

TEST(AnhuiDiscrepancies, UndecidedComputedItemHasNoDiscrepancy) {
  AnhuiStation station = base_station();
  station.set("evaluation.satisfaction_percent", "");
  station.score("E4", "1");
  Scored s(station);
  EXPECT_EQ(s.item("E4"), "unknown 0..1");
  EXPECT_EQ(s.discrepancies(), Strings{});
}

TEST(AnhuiDiscrepancies, FailedGateWithAClaimedScoreIsListed) {
  AnhuiStation station = base_station();
  station.set("community_correction.reoffenders", "2");
  station.score("B10", "1.5");
  station.person(0).rank = "科员";  // A5's gate fails too (and V2 triggers)
  station.score("A5", "0");
  Scored s(station);
  EXPECT_EQ(s.item("B10"), "unmet 0");
  EXPECT_EQ(s.item("A5"), "unmet 0");
  EXPECT_EQ(s.discrepancies(), Strings{"B10 claimed 1.5 computed 0"});
}

TEST(AnhuiDiscrepancies, PassedGateUsesTheScoreWithoutDiscrepancy) {
  AnhuiStation station = base_station();
  station.score("B10", "0");
  Scored s(station);
  EXPECT_EQ(s.item("B10"), "unmet 0");
  EXPECT_EQ(s.discrepancies(), Strings{});
}

// A gated item whose gate is unknown but whose claimed score is 0 is decided
// (0..0, unmet); its reason uses the wording for an unknown gate, not the
// "unmet" one that assumes a known gate ("…未知 人未知").
TEST(AnhuiFindings, UnknownGateWithZeroScoreGivesAReadableReason) {
  AnhuiStation station = base_station();
  station.set("community_correction.reoffenders", "");
  station.score("B10", "0");
  station.person(0).rank = "";
  station.score("A5", "0");
  Scored s(station);
  EXPECT_EQ(s.item("B10"), "unmet 0");
  EXPECT_EQ(s.item_result("B10").reason.find("未知 人未知"), std::string::npos)
      << s.item_result("B10").reason;
  EXPECT_EQ(s.item("A5"), "unmet 0");
  EXPECT_NE(s.item_result("A5").reason, "未知");
}

// B6 and B13 compare `resolved * 100 >= disputes * 98` in int64: the loader
// caps counts at 10^12, so the largest accepted counts don't overflow.
TEST(AnhuiFindings, LargeCountsDoNotOverflowTheRatioRules) {
  AnhuiStation station = base_station();
  station.set("mediation.disputes", "1000000000000");
  station.set("mediation.disputes_resolved", "1000000000000");
  Scored s(station);
  EXPECT_EQ(s.item("B6"), "met 1");
  EXPECT_EQ(s.item_result("B6").error, "");
}

}  // namespace
}  // namespace shifan::testing
