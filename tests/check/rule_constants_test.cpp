#include "rule_constants.h"

#include <gtest/gtest.h>

#include <variant>

#include "rubric_test_support.h"

namespace shifan {
namespace {

TEST(RuleConstants, RulesReadingOnlyConstantsAndStaticLets) {
  LoadedRubric loaded = test::load_text(test::replaced(
      test::mini_rubric_text(), "let:\n", "let:\n  goal_percent: int(rate_goal * 100.0)\n  bigger: goal_percent + 1\n"));
  ASSERT_EQ(test::formatted(loaded.diagnostics), "");
  const Rubric& rubric = *loaded.rubric;
  detail::RuleConstants constants(rubric);
  ASSERT_EQ(rubric.lets.size(), 4U);
  std::optional<Value> bigger = constants.value(rubric.lets[1].rule);
  ASSERT_TRUE(bigger.has_value());
  EXPECT_EQ(bigger->as_int(), 99);
  EXPECT_FALSE(constants.value(rubric.lets[2].rule).has_value());   // full_time_count reads staff
  EXPECT_FALSE(constants.value(rubric.lets[3].rule).has_value());   // required_full_time reads station
  EXPECT_FALSE(constants.value(std::get<ComputedWhen>(rubric.find_item("A2")->rules).when).has_value());
}

}  // namespace
}  // namespace shifan
