#include <gtest/gtest.h>

#include <variant>

#include "rubric_test_support.h"

namespace shifan {
namespace {

using test::mini_rubric_text;
using test::replaced;
using test::rubric_errors;

TEST(RubricLoader, LoadsTheMiniRubric) {
  LoadedRubric loaded = test::load_text(mini_rubric_text());
  ASSERT_EQ(rubric_errors(mini_rubric_text()), "");
  ASSERT_TRUE(loaded.rubric.has_value());
  const Rubric& rubric = *loaded.rubric;
  EXPECT_EQ(rubric.id, "mini");
  EXPECT_EQ(rubric.total.str(), "10");
  EXPECT_EQ(rubric.pass_mark().str(), "9");
  EXPECT_EQ(rubric.assessed_on, "station.assessed_on");
  ASSERT_EQ(rubric.categories.size(), 2U);
  EXPECT_EQ(rubric.categories[1].items[0].kind(), ItemKind::tiers);
  EXPECT_EQ(std::get<PartList>(rubric.find_item("B2")->rules).parts.size(), 2U);
  EXPECT_EQ(rubric.find_item("B2")->category, "B");
  ASSERT_EQ(rubric.lets.size(), 2U);
  EXPECT_EQ(rubric.lets[1].name, "required_full_time");
  ASSERT_EQ(rubric.constants.size(), 2U);
  EXPECT_EQ(to_literal(rubric.constants[1].second), "0.98");
  ASSERT_EQ(rubric.vetoes.size(), 1U);
  EXPECT_EQ(rubric.vetoes[0].reasons.size(), 2U);
  EXPECT_EQ(rubric.facts.field("staff")->items->field("name")->required, true);
  EXPECT_EQ(rubric.facts.field("disputes")->required, false);
}

TEST(RubricLoader, ReportsUnknownAndMissingTopLevelKeys) {
  std::string text = replaced(mini_rubric_text(), "vetoes:", "vetos:");
  EXPECT_EQ(rubric_errors(text + "lets: {}\n"),
            "r.yaml:95:1: 未知的键 'vetos' (是否想写 'vetoes'?)\n"
            "  vetos:\n"
            "  ^\n"
            "r.yaml:104:1: 未知的键 'lets' (是否想写 'let'?)\n"
            "  lets: {}\n"
            "  ^\n");
  EXPECT_EQ(rubric_errors("rubric:\n  id: x\n"),
            "r.yaml:1:1: 缺少必需的键 'facts'\n"
            "  rubric:\n"
            "  ^\n"
            "r.yaml:1:1: 缺少必需的键 'categories'\n"
            "  rubric:\n"
            "  ^\n"
            "r.yaml:2:3: 缺少必需的键 'title'\n"
            "    id: x\n"
            "    ^\n"
            "r.yaml:2:3: 缺少必需的键 'total'\n"
            "    id: x\n"
            "    ^\n"
            "r.yaml:2:3: 缺少必需的键 'assessed_on'\n"
            "    id: x\n"
            "    ^\n"
            "r.yaml:2:3: 缺少必需的键 'grades'\n"
            "    id: x\n"
            "    ^\n");
}

TEST(RubricLoader, ReportsEmptyAndUnreadableFiles) {
  EXPECT_EQ(rubric_errors(""), "r.yaml: 细则文件为空\n");
  EXPECT_EQ(rubric_errors("- a\n"),
            "r.yaml:1:1: 细则文件应为映射 (mapping), 顶层是 rubric, facts, categories 等键\n  - a\n  ^\n");
  EXPECT_NE(rubric_errors("a: [\n"), "");
}

TEST(RubricLoader, ChecksCategoriesAddUpToTheTotal) {
  EXPECT_EQ(rubric_errors(replaced(mini_rubric_text(), "total: 10", "total: 12")),
            "r.yaml:8:10: 各类别分值合计 10, 与总分 12 不符\n"
            "    total: 12\n"
            "           ^\n");
}

TEST(RubricLoader, LetsReadOnlyEarlierLets) {
  std::string text = replaced(mini_rubric_text(), "full_time_count: size(staff.filter(s, s.full_time))",
                              "full_time_count: required_full_time + 0");
  EXPECT_EQ(rubric_errors(text),
            "r.yaml:40:20: 未知的变量 'required_full_time' (它在后面第 41 行才定义; let 只能使用前面定义的 let)\n"
            "    full_time_count: required_full_time + 0\n"
            "                     ^\n");
  text = replaced(mini_rubric_text(), "required_full_time: class_staff[station.class]",
                  "required_full_time: class_staff[station.class] + required_full_time");
  EXPECT_EQ(rubric_errors(text),
            "r.yaml:41:52: 未知的变量 'required_full_time' (let 不能使用它自己)\n"
            "    required_full_time: class_staff[station.class] + required_full_time\n"
            "                                                     ^\n");
  // Rules below the lets see them all; an unknown name still gets a suggestion.
  text = replaced(mini_rubric_text(), "when: full_time_count >= required_full_time",
                  "when: full_time_count >= required_full_tim");
  EXPECT_EQ(rubric_errors(text),
            "r.yaml:56:34: 未知的变量 'required_full_tim' (是否想写 'required_full_time'?)\n"
            "          when: full_time_count >= required_full_tim\n"
            "                                   ^\n");
}

TEST(RubricLoader, NamesMustNotClash) {
  std::string text = replaced(mini_rubric_text(), "rate_goal: 0.98", "rate_goal: 0.98\n  disputes: 1");
  text = replaced(text, "  required_full_time: class_staff[station.class]",
                  "  required_full_time: class_staff[station.class]\n  rate_goal: 1\n  staff-count: 2");
  EXPECT_EQ(rubric_errors(text),
            "r.yaml:38:3: 名称 'disputes' 与事实重名\n"
            "    disputes: 1\n"
            "    ^\n"
            "r.yaml:43:3: 名称 'rate_goal' 与常量重名\n"
            "    rate_goal: 1\n"
            "    ^\n"
            "r.yaml:44:3: 名称 'staff-count' 不是合法的标识符\n"
            "    staff-count: 2\n"
            "    ^\n");
}

}  // namespace
}  // namespace shifan
