#include <gtest/gtest.h>

#include "rubric_test_support.h"

namespace shifan {
namespace {

using test::mini_rubric_text;
using test::replaced;
using test::rubric_errors;

TEST(CategoryLoader, IdsAreUniqueAcrossItemsVetoesAndCategories) {
  std::string text = replaced(mini_rubric_text(), "- id: A3", "- id: A2");
  text = replaced(text, "- id: V1", "- id: B");
  EXPECT_EQ(rubric_errors(text),
            "r.yaml:60:13: 重复的编号 'A2' (第一次出现在第 52 行)\n"
            "        - id: A2\n"
            "              ^\n"
            "r.yaml:96:9: 重复的编号 'B' (第一次出现在第 74 行)\n"
            "    - id: B\n"
            "          ^\n");
}

TEST(CategoryLoader, ItemsAddUpToTheirCategory) {
  EXPECT_EQ(rubric_errors(replaced(mini_rubric_text(), "points: 1.5\n        kind: assessed",
                                   "points: 0.5\n        kind: assessed")),
            "r.yaml:46:13: A 类各项分值合计 5, 与类别分值 6 不符\n"
            "      points: 6\n"
            "              ^\n");
}

TEST(CategoryLoader, VetoesNeedAConditionAndKnownOutcomes) {
  std::string text = replaced(mini_rubric_text(), "      triggered: 专职", "      met: 专职");
  EXPECT_EQ(rubric_errors(replaced(text, "    text: 专职人员不足\n", "    txt: 专职人员不足\n")),
            "r.yaml:96:5: 缺少必需的键 'text'\n"
            "    - id: V1\n"
            "      ^\n"
            "r.yaml:97:5: 未知的键 'txt' (是否想写 'text'?)\n"
            "      txt: 专职人员不足\n"
            "      ^\n"
            "r.yaml:102:7: 未知的键 'met'\n"
            "        met: 专职 {full_time_count} 人\n"
            "        ^\n");
}

}  // namespace
}  // namespace shifan
