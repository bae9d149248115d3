#include <gtest/gtest.h>

#include "batch_test_support.h"
#include "what_if.h"

namespace shifan::detail {
namespace {

std::string problem_of(const std::string& text) {
  std::string problem;
  EXPECT_FALSE(parse_assignment(text, shifan::testing::anhui_rubric(), problem).has_value()) << text;
  return problem;
}

TEST(WhatIfPath, ParsesPathAndValue) {
  std::string problem;
  std::optional<Assignment> a =
      parse_assignment("staff[2].full_time=true", shifan::testing::anhui_rubric(), problem);
  ASSERT_TRUE(a) << problem;
  EXPECT_EQ(a->path.str(), "staff[2].full_time");
  EXPECT_EQ(a->value, "true");
  std::vector<FactStep> steps = a->path.steps();
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_EQ(steps[0].name, "staff");
  EXPECT_TRUE(steps[1].is_index());
  EXPECT_EQ(steps[1].index, 2u);
  EXPECT_EQ(steps[2].name, "full_time");
  EXPECT_EQ(a->node.kind, Node::Kind::scalar);
  EXPECT_EQ(a->node.text, "true");
}

TEST(WhatIfPath, ReadsAFlowListAsYaml) {
  std::string problem;
  std::optional<Assignment> a = parse_assignment("facilities.equipment=[执法记录仪, 定位管理设备]",
                                                 shifan::testing::anhui_rubric(), problem);
  ASSERT_TRUE(a) << problem;
  ASSERT_EQ(a->node.kind, Node::Kind::sequence);
  EXPECT_EQ(a->node.items.size(), 2u);
}

TEST(WhatIfPath, AnEmptyValueIsNull) {
  std::string problem;
  std::optional<Assignment> a =
      parse_assignment("evaluation.satisfaction_percent=", shifan::testing::anhui_rubric(), problem);
  ASSERT_TRUE(a) << problem;
  EXPECT_EQ(a->node.kind, Node::Kind::null);
}

TEST(WhatIfPath, AcceptsScores) {
  std::string problem;
  EXPECT_TRUE(parse_assignment("scores.C5=3", shifan::testing::anhui_rubric(), problem)) << problem;
  EXPECT_EQ(problem_of("scores=3"), "--set scores=3: 'scores' 应为 scores.<评分项编号>");
  EXPECT_EQ(problem_of("scores.C5.x=3"), "--set scores.C5.x=3: 'scores.C5' 应为 scores.<评分项编号>");
}

TEST(WhatIfPath, UnknownNamesGetADidYouMean) {
  EXPECT_EQ(problem_of("mediation.disputes_resolvd=206"),
            "--set mediation.disputes_resolvd=206: 未知的事实 'mediation.disputes_resolvd' (是否想写 "
            "'disputes_resolved'?)");
  EXPECT_EQ(problem_of("mediaton.disputes=1"), "--set mediaton.disputes=1: 未知的事实 'mediaton' (是否想写 'mediation'?)");
}

TEST(WhatIfPath, ChecksTheShapeOfThePath) {
  EXPECT_EQ(problem_of("mediation"), "--set mediation: 应为 路径=值, 例如 mediation.disputes_resolved=206");
  EXPECT_EQ(problem_of("=1"), "--set =1: 无效的事实路径 ''");
  EXPECT_EQ(problem_of("staff[x].name=a"), "--set staff[x].name=a: 无效的事实路径 'staff[x].name'");
  EXPECT_EQ(problem_of("staff..name=a"), "--set staff..name=a: 无效的事实路径 'staff..name'");
  EXPECT_EQ(problem_of("mediation[0]=1"), "--set mediation[0]=1: 'mediation' 不是列表, 不能取 [0]");
  EXPECT_EQ(problem_of("mediation.disputes.x=1"), "--set mediation.disputes.x=1: 'mediation.disputes' 不是记录, 不能取 'x'");
}

TEST(WhatIfPath, ReportsAValueThatIsNotYaml) {
  std::string problem = problem_of("mediation.disputes=[1, 2");
  EXPECT_EQ(problem.rfind("--set mediation.disputes=[1, 2: ", 0), 0u) << problem;
}

}  // namespace
}  // namespace shifan::detail
