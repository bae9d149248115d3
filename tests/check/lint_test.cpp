#include "lint.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "lint_support.h"

namespace shifan {
namespace {

using ::testing::ElementsAre;
using test::lint_findings;

TEST(Lint, MiniRubricIsClean) {
  EXPECT_THAT(lint_findings(), ElementsAre());
}

TEST(Lint, ConstantConditionOfComputedItem) {
  EXPECT_THAT(lint_findings("when: full_time_count >= required_full_time", "when: 2 > 1"),
              ElementsAre("56:15: [warning] A2 的条件恒为 true: 总是得满分, 不会得 0 分"));
  EXPECT_THAT(lint_findings("when: full_time_count >= required_full_time", "when: class_staff.size() > 5"),
              ElementsAre("11:23: [error] 各项最高合计 8 分, 达不到分数线 9 ('示范')",
                          "56:15: [warning] A2 的条件恒为 false: 总是得 0 分"));
}

TEST(Lint, ConstantThroughLetsAndConstants) {
  EXPECT_THAT(lint_findings("required_full_time: class_staff[station.class]",
                            "required_full_time: class_staff[\"一类\"]\n  unused: staff"),
              ElementsAre());
  EXPECT_THAT(lint_findings("score: 1.0 - 0.5 * double(required_full_time - full_time_count)",
                            "score: rate_goal * 2.0"),
              ElementsAre("69:16: [warning] A4 的得分恒为 1, 与站点事实无关"));
}

TEST(Lint, ConstantGateAndNotApplicable) {
  EXPECT_THAT(lint_findings("gate: staff.exists(s, s.full_time)", "gate: size(class_staff) == 3"),
              ElementsAre("64:15: [warning] A3 的门槛恒为 true: 不起作用"));
  EXPECT_THAT(lint_findings("when: station.class != \"一类\"", "when: 'rate_goal < 1.0'"),
              ElementsAre("71:18: [warning] A4 的不适用条件恒为 true: 总是不适用"));
}

TEST(Lint, TiersAfterAConstantTier) {
  EXPECT_THAT(lint_findings("score: 1}\n", "score: 1}\n          - {when: \"true\", score: 0}\n"),
              ElementsAre());
  EXPECT_THAT(lint_findings("{when: \"disputes == 0 || double(disputes_resolved) / double(disputes) >= rate_goal\"",
                            "{when: \"true\""),
              ElementsAre("78:9: [warning] B1 总有一档得分: 不会得 0 分",
                          "85:21: [warning] B1 第 2 档在条件恒为 true 的档次之后: 永远不会采用"));
}

TEST(Lint, ConstantParts) {
  EXPECT_THAT(lint_findings("{when: size(staff) > 0, points: 0.5}", "{when: \"true\", points: 0.5}"),
              ElementsAre("93:21: [warning] B2 第 2 部分的条件恒为 true: 总是得这 0.5 分"));
}

TEST(Lint, VetoAlwaysTriggeredIsAnError) {
  EXPECT_THAT(lint_findings("when: |\n      full_time_count\n        < required_full_time", "when: 1 < 2"),
              ElementsAre("98:11: [error] 一票否决 V1 的条件恒为 true: 总是触发, 任何评定对象都未达到 示范"));
}

TEST(Lint, PassMarkOutOfReach) {
  EXPECT_THAT(lint_findings("gate: staff.exists(s, s.full_time)", "gate: 1 > 2"),
              ElementsAre("11:23: [error] 各项最高合计 8.5 分, 达不到分数线 9 ('示范')",
                          "64:15: [warning] A3 的门槛恒为 false: 总是得 0 分"));
}

TEST(Lint, ConstantThatFailsToEvaluate) {
  EXPECT_THAT(lint_findings("when: full_time_count >= required_full_time", "when: 1 / 0 > 1"),
              ElementsAre(::testing::StartsWith("56:15: [warning] A2 的条件求值总是出错: ")));
}

}  // namespace
}  // namespace shifan
