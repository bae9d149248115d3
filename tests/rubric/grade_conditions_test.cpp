#include <gtest/gtest.h>

#include <string>

#include "rubric_test_support.h"

namespace shifan {
namespace {

using test::load_text;
using test::replaced;
using test::rubric_errors;

std::string bonus_rubric_text() {
  return read_file(SHIFAN_SOURCE_DIR "/rubric/example-bonus.yaml", 1 << 20);
}

TEST(GradeConditions, CompileAgainstCategoryAndItemScores) {
  LoadedRubric loaded = load_text(bonus_rubric_text());
  ASSERT_TRUE(loaded.rubric) << test::formatted(loaded.diagnostics);
  const Rubric& rubric = *loaded.rubric;
  ASSERT_EQ(rubric.grades.size(), 3U);
  ASSERT_TRUE(rubric.grades[0].when);
  EXPECT_EQ(rubric.grades[0].when->text, "category.B >= 4");
  EXPECT_FALSE(rubric.grades[1].when);
  EXPECT_EQ(rubric.grades[0].mark.line, 15);
}

TEST(GradeConditions, AnUnknownCategoryIsAnErrorAtItsPosition) {
  std::string text = replaced(bonus_rubric_text(), "category.B >= 4", "category.Q >= 4 && item.A1 > 1");
  EXPECT_EQ(rubric_errors(text),
            "r.yaml:15:42: 'category' 没有字段 'Q' (是否想写 'A'?)\n"
            "      - {name: 五星, min: 9, when: \"category.Q >= 4 && item.A1 > 1\"}\n"
            "                                             ^\n");
}

TEST(GradeConditions, FactsAreNotVisibleToAGradeCondition) {
  std::string text = replaced(bonus_rubric_text(), "category.B >= 4", "major_incidents == 0");
  EXPECT_NE(rubric_errors(text).find("r.yaml:15:33: 未知的变量 'major_incidents'"), std::string::npos)
      << rubric_errors(text);
}

TEST(GradeConditions, AConditionMustBeABool) {
  std::string text = replaced(bonus_rubric_text(), "category.B >= 4", "category.B");
  EXPECT_NE(rubric_errors(text).find("r.yaml:15:33: 条件应为 bool 类型, 而表达式的类型是 double"), std::string::npos)
      << rubric_errors(text);
}

TEST(GradeConditions, AMinimumMayReachTheTotalPlusTheBonusCaps) {
  std::string text = replaced(bonus_rubric_text(), "{name: 五星, min: 9,", "{name: 五星, min: 12,");
  EXPECT_TRUE(load_text(text).rubric) << rubric_errors(text);
  text = replaced(bonus_rubric_text(), "{name: 五星, min: 9,", "{name: 五星, min: 12.5,");
  EXPECT_EQ(rubric_errors(text),
            "r.yaml:15:23: 等级 '五星' 的分数线 12.5 高于最高总分 12 (总分 10 加上加分上限)\n"
            "      - {name: 五星, min: 12.5, when: \"category.B >= 4\"}\n"
            "                          ^\n");
}

TEST(CategoryKinds, OnlyBaseCategoriesAddUpToTheTotal) {
  LoadedRubric loaded = load_text(bonus_rubric_text());
  ASSERT_TRUE(loaded.rubric);
  const Rubric& rubric = *loaded.rubric;
  EXPECT_EQ(rubric.categories[2].kind, CategoryKind::bonus);
  EXPECT_EQ(rubric.categories[3].kind, CategoryKind::deduction);
  EXPECT_EQ(rubric.categories[3].items[0].category_kind, CategoryKind::deduction);
  EXPECT_TRUE(rubric.has_bonus_or_deduction());
  EXPECT_EQ(rubric.points(CategoryKind::base).str(), "10");
  EXPECT_EQ(rubric.highest_total().str(), "12");
}

TEST(CategoryKinds, AnUnknownKindIsAnError) {
  std::string text = replaced(bonus_rubric_text(), "kind: bonus", "kind: extra");
  EXPECT_NE(rubric_errors(text).find("r.yaml:71:11: 未知的类别类型 'extra'"), std::string::npos)
      << rubric_errors(text);
}

TEST(CategoryKinds, ItemsMustReachTheCap) {
  std::string text = replaced(bonus_rubric_text(), "    points: 3\n    items:\n      - id: D1", "    points: 5\n    items:\n      - id: D1");
  EXPECT_NE(rubric_errors(text).find("D 类各项分值合计 4, 达不到扣分上限 5"), std::string::npos) << rubric_errors(text);
}

}  // namespace
}  // namespace shifan
