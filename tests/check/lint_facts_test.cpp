#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "lint.h"
#include "lint_support.h"

namespace shifan {
namespace {

using ::testing::ElementsAre;
using test::lint_findings;

TEST(UnreadFacts, TopLevelFactNobodyReads) {
  EXPECT_THAT(lint_findings("  satisfaction_percent: {", "  complaints: {type: int}\n  satisfaction_percent: {"),
              ElementsAre("33:15: [warning] 事实 'complaints' 没有被任何规则、let 或模板读取"));
}

TEST(UnreadFacts, RecordFieldNobodyReads) {
  EXPECT_THAT(lint_findings("      assessed_on: {type: date, required: true}",
                            "      assessed_on: {type: date, required: true}\n      phone: {type: string}"),
              ElementsAre("22:14: [warning] 事实 'station.phone' 没有被任何规则、let 或模板读取"));
}

TEST(UnreadFacts, IdentityAssessmentDateAndAtMostTargetsCountAsRead) {
  // station.name is shown in reports, station.assessed_on bounds dates, and
  // disputes bounds disputes_resolved: none is reported although B1 is the
  // only reader and reads neither name nor assessed_on.
  EXPECT_THAT(lint_findings("when: \"disputes == 0 || double(disputes_resolved) / double(disputes) >= rate_goal\"",
                            "when: \"double(disputes_resolved) >= 1.0\""),
              ElementsAre());
}

TEST(UnreadFacts, ReadOnlyByATemplate) {
  EXPECT_THAT(lint_findings("reason: 得分 {score}", "reason: 得分 {score} {station.name}"), ElementsAre());
  EXPECT_THAT(lint_findings("{when: satisfaction_percent >= 90.0, points: 1.5, text: 满意度}",
                            "{when: size(staff) > 1, points: 1.5, text: 满意度}"),
              ElementsAre("33:25: [warning] 事实 'satisfaction_percent' 没有被任何规则、let 或模板读取"));
}

}  // namespace
}  // namespace shifan
