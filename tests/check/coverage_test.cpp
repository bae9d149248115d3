#include "coverage.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "anhui_fixture.h"

namespace shifan {
namespace {

using ::testing::ElementsAre;
using testing::base_station;
using testing::Scored;

TEST(Coverage, CountsComputedGatedTiersPartsAndVetoes) {
  EXPECT_EQ(detail::Coverage::count(testing::anhui_rubric()), 25U);  // 19 items, 6 vetoes
}

TEST(Coverage, GapsUntilBothWaysAreSeen) {
  const Rubric& rubric = testing::anhui_rubric();
  detail::Coverage coverage;
  std::vector<std::string> none = coverage.gaps(rubric);
  ASSERT_EQ(none.size(), 25U);
  EXPECT_EQ(none.front(), "A4 (从未 met 或 unmet)");
  EXPECT_EQ(none.back(), "V6 (从未 triggered 或 clear)");

  Scored complete(base_station());
  coverage.add(complete.result());
  std::vector<std::string> after = coverage.gaps(rubric);
  EXPECT_EQ(after.front(), "A4 (从未 unmet)");
  EXPECT_EQ(after[4], "A8 (从未 met 或 unmet)");  // not applicable to a 二类所
  EXPECT_EQ(after.back(), "V6 (从未 triggered)");

  testing::AnhuiStation partial = base_station();
  partial.set("evaluation.awards", "[{date: 2023-01-15, level: 县级, issuer: 党委政府}]");
  Scored e3(partial);
  ASSERT_EQ(e3.item("E3"), "partial 1");
  detail::Coverage only_partial;
  only_partial.add(e3.result());
  std::vector<std::string> gaps = only_partial.gaps(rubric);
  EXPECT_TRUE(std::find(gaps.begin(), gaps.end(), "E3 (从未 unmet)") != gaps.end());  // partial counts as met
}

}  // namespace
}  // namespace shifan
