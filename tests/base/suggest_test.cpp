#include "suggest.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

TEST(Suggest, FindsLikelyTypos) {
  std::vector<std::string> keys = {"disputes", "disputes_resolved", "escalations", "villages"};
  EXPECT_EQ(closest_match("disputes_resolvd", keys), "disputes_resolved");
  EXPECT_EQ(closest_match("vilages", keys), "villages");
  EXPECT_EQ(closest_match("budget", keys), "");
  EXPECT_EQ(did_you_mean("escalation", keys), " (是否想写 'escalations'?)");
  EXPECT_EQ(did_you_mean("zzz", keys), "");
}

TEST(Suggest, CountsChineseByCharacter) {
  std::vector<std::string> values = {"一类", "二类", "三类"};
  EXPECT_EQ(closest_match("二级", values), "二类");
  EXPECT_EQ(closest_match("甲乙丙", values), "");
}

TEST(Suggest, DigitsReadAsChineseNumeralsAndANumeralIsNoTypo) {
  std::vector<std::string> values = {"一类", "二类", "三类"};
  EXPECT_EQ(closest_match("2类", values), "二类");
  EXPECT_EQ(closest_match("２类", values), "二类");
  EXPECT_EQ(closest_match("四类", values), "");
  EXPECT_EQ(closest_match("4类", values), "");
  EXPECT_EQ(edit_distance("四类", "一类"), 1U);
}

TEST(Suggest, IgnoresVeryLongWords) {
  EXPECT_EQ(closest_match(std::string(100, 'a'), {std::string(100, 'a')}), "");
}

}  // namespace
}  // namespace shifan::detail
