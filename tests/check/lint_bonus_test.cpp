// `shifan check` on bonus and deduction categories and grade conditions
// (rubric/example-bonus.yaml, changed one place at a time).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "lint_support.h"

namespace shifan::test {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;

std::vector<std::string> bonus_findings(std::string_view from = "", std::string_view to = "") {
  std::string text = read_file(SHIFAN_SOURCE_DIR "/rubric/example-bonus.yaml", 1 << 20);
  return lint_text(from.empty() ? text : replaced(text, from, to));
}

TEST(LintBonus, TheExampleIsClean) {
  EXPECT_THAT(bonus_findings(), ElementsAre());
}

TEST(LintBonus, APassMarkOnlyTheBonusCanReachIsAWarning) {
  EXPECT_THAT(bonus_findings("{name: 五星, min: 9,", "{name: 五星, min: 11,"),
              ElementsAre("15:23: [warning] 基本分最高 10 分, 达不到分数线 11 ('五星'): 只有靠加分才能达到"));
}

TEST(LintBonus, APassMarkBeyondWhatTheBonusCanGiveIsAnError) {
  // C2 can never give anything, so the bonus adds at most 1.5: 11.5 < 12.
  std::string text = read_file(SHIFAN_SOURCE_DIR "/rubric/example-bonus.yaml", 1 << 20);
  text = replaced(text, "score: 0.5 * double(innovations_promoted)", "score: 0.0");
  text = replaced(text, "{name: 五星, min: 9,", "{name: 五星, min: 12,");
  EXPECT_THAT(lint_text(text), Contains("15:23: [error] 各项最高合计 11.5 分, 达不到分数线 12 ('五星')"));
}

TEST(LintBonus, ADeductionItemThatNeverDeductsIsAWarning) {
  EXPECT_THAT(bonus_findings("score: 2.0 * double(major_incidents)", "score: 0.0"),
              ElementsAre("92:9: [warning] 扣分项 D1 恒为 0: 永远不会扣分",
                          "97:16: [warning] D1 的得分恒为 0, 与站点事实无关"));
}

TEST(LintBonus, AConstantGradeConditionIsAWarning) {
  EXPECT_THAT(bonus_findings("category.B >= 4", "1 > 2"),
              ElementsAre("15:33: [warning] 等级 '五星' 的条件恒为 false: 永远达不到这个等级"));
}

}  // namespace
}  // namespace shifan::test
