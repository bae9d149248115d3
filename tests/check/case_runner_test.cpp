#include "case_runner.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "anhui_fixture.h"
#include "rubric_test_support.h"

namespace shifan {
namespace {

using ::testing::ElementsAre;

detail::CaseOutcome run(const testing::AnhuiStation& station, const std::string& expect) {
  detail::Coverage coverage;
  return detail::run_case(testing::anhui_rubric(), {"c", "c.yaml", station.yaml() + expect}, coverage);
}

TEST(CaseRunner, PassesWhenEveryExpectationHolds) {
  detail::CaseOutcome outcome =
      run(testing::base_station(),
          "expect: {total: 100, verdict: eligible, grade: 可申报省示范司法所, items: {A6: met, A8: not_applicable}, "
          "vetoes: {V3: clear}}\n");
  EXPECT_TRUE(outcome.passed());
  EXPECT_THAT(outcome.failures, ElementsAre());
}

TEST(CaseRunner, EachDifferenceWithTheReason) {
  testing::AnhuiStation station = testing::base_station();
  station.person(4).full_time = "false";
  detail::CaseOutcome outcome =
      run(station, "expect: {total: 100, verdict: eligible, grade: 可申报省示范司法所, items: {A6: {status: met, score: 4}}, "
                   "vetoes: {V3: clear}}\n");
  EXPECT_FALSE(outcome.passed());
  EXPECT_THAT(outcome.failures,
              ElementsAre("总分 期望 100, 实际 96", "结论 期望 eligible, 实际 not_eligible", "等级 期望 可申报省示范司法所, 实际 无",
                          "A6 期望 met, 实际 unmet (专职工作人员 4 人, 少于二类所要求的 5 人)",
                          "A6 得分 期望 4, 实际 0 (专职工作人员 4 人, 少于二类所要求的 5 人)",
                          "V3 期望 clear, 实际 triggered (专职工作人员 4 人, 少于二类所要求的 5 人)"));
}

TEST(CaseRunner, BoundsOfAnUndecidedTotalAndLongReasonsShortened) {
  testing::AnhuiStation station = testing::base_station();
  station.set("evaluation.satisfaction_percent", "");
  station.person(0).trainings = "[{date: 2024-03-11, days: 11}]";
  detail::CaseOutcome outcome = run(station, "expect: {total: 100, items: {A9: met}}\n");
  EXPECT_THAT(outcome.failures,
              ElementsAre("总分 期望 100, 实际 98..99",
                          "A9 期望 met, 实际 unmet (近1年 (2023-05-20 之后) 业务培训未达到 90 小时 (12 天)…)"));
}

TEST(CaseRunner, ProblemsInTheStationAndTheExpectationsInFileOrder) {
  detail::CaseOutcome outcome = run(testing::base_station().set("mediation.escalation", "0"),
                                    "expect: {items: {A66: met}}\n");
  EXPECT_THAT(outcome.failures, ElementsAre());
  ASSERT_EQ(outcome.diagnostics.size(), 2U);
  EXPECT_THAT(outcome.diagnostics[0].message, ::testing::StartsWith("未知的键 'escalation'"));
  EXPECT_THAT(outcome.diagnostics[1].message, ::testing::StartsWith("细则中没有评分项 'A66'"));
}

}  // namespace
}  // namespace shifan
