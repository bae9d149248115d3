#include "expectations.h"

#include <gtest/gtest.h>

#include "rubric_test_support.h"

namespace shifan {
namespace {

const Rubric& mini() {
  static const LoadedRubric loaded = test::load_text(test::mini_rubric_text());
  return *loaded.rubric;
}

detail::LoadedExpectations read(const std::string& expect) {
  return detail::read_expectations(read_document("case.yaml", "version: 1\n" + expect), mini());
}

TEST(Expectations, EveryKindOfExpectation) {
  detail::LoadedExpectations loaded = read(
      "expect:\n"
      "  total: [7.5, 9]\n"
      "  verdict: undetermined\n"
      "  grade: null\n"
      "  items: {A2: unmet, B1: {score: 1.5}, B2: {status: partial, score: [0.5, 2]}}\n"
      "  vetoes: {V1: triggered}\n");
  ASSERT_EQ(test::formatted(loaded.diagnostics), "");
  const detail::Expectations& e = *loaded.expectations;
  EXPECT_EQ(e.total->str(), "7.5..9");
  EXPECT_EQ(e.verdict, Verdict::undetermined);
  EXPECT_TRUE(e.has_grade);
  EXPECT_FALSE(e.grade.has_value());
  ASSERT_EQ(e.items.size(), 3U);
  EXPECT_EQ(e.items[0].status, ItemStatus::unmet);
  EXPECT_FALSE(e.items[0].score.has_value());
  EXPECT_FALSE(e.items[1].status.has_value());
  EXPECT_EQ(e.items[1].score->str(), "1.5");
  EXPECT_EQ(e.items[2].score->str(), "0.5..2");
  ASSERT_EQ(e.vetoes.size(), 1U);
  EXPECT_EQ(e.vetoes[0].status, VetoStatus::triggered);
}

TEST(Expectations, EveryProblemAtItsPosition) {
  EXPECT_EQ(test::formatted(read("expect:\n"
                                 "  totl: 4\n"
                                 "  verdict: passed\n"
                                 "  items: {A9: met, A2: {status: mett, score: [2, 1]}}\n"
                                 "  vetoes: {V1: triggerd}\n")
                                .diagnostics),
            "case.yaml:3:3: 未知的键 'totl' (是否想写 'total'?)\n    totl: 4\n    ^\n"
            "case.yaml:4:12: 'passed' 不是可用的值 (可用: eligible, not_eligible, undetermined)\n"
            "    verdict: passed\n             ^\n"
            "case.yaml:5:11: 细则中没有评分项 'A9' (是否想写 'A1'?)\n"
            "    items: {A9: met, A2: {status: mett, score: [2, 1]}}\n            ^\n"
            "case.yaml:5:33: 'mett' 不是可用的值 (可用: met, partial, unmet, unknown, not_applicable) (是否想写 'met'?)\n"
            "    items: {A9: met, A2: {status: mett, score: [2, 1]}}\n                                  ^\n"
            "case.yaml:5:46: 上限 1 低于下限 2\n"
            "    items: {A9: met, A2: {status: mett, score: [2, 1]}}\n                                               ^\n"
            "case.yaml:6:16: 'triggerd' 不是可用的值 (可用: clear, triggered, unknown) (是否想写 'triggered'?)\n"
            "    vetoes: {V1: triggerd}\n                 ^\n");
}

TEST(Expectations, ACaseMustExpectSomething) {
  EXPECT_EQ(test::formatted(read("station: {}\n").diagnostics), "case.yaml:1:1: 测试用例缺少 'expect'\n  version: 1\n  ^\n");
  EXPECT_EQ(test::formatted(read("expect: {}\n").diagnostics),
            "case.yaml:2:1: 'expect' 应为非空映射\n  expect: {}\n  ^\n");
}

TEST(Expectations, GradeMustExist) {
  EXPECT_EQ(test::formatted(read("expect: {grade: 示筢}\n").diagnostics),
            "case.yaml:2:17: 细则中没有等级 '示筢' (是否想写 '示范'?)\n  expect: {grade: 示筢}\n                  ^\n");
}

}  // namespace
}  // namespace shifan
