#include "text_layout.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

TEST(TextLayout, PadsByDisplayWidth) {
  EXPECT_EQ(pad("A6", 5), "A6   ");
  EXPECT_EQ(pad("专职", 6), "专职  ");
  EXPECT_EQ(pad("专职人员配备", 6), "专职人员配备");
}

TEST(TextLayout, CutsByDisplayWidthWithAnEllipsis) {
  EXPECT_EQ(fit_width("云岭司法所", 10), "云岭司法所");
  EXPECT_EQ(fit_width("云岭司法所", 9), "云岭司法…");
  EXPECT_EQ(fit_width("云岭司法所", 8), "云岭司…") << "a wide character never half fits";
  EXPECT_EQ(fit_width("abcdef", 4), "abc…");
  EXPECT_EQ(fit_width("a云b", 3), "a…");
  EXPECT_EQ(fit_width("", 0), "");
}

TEST(TextLayout, TrimsTrailingSpaces) {
  EXPECT_EQ(trim_end("a b  "), "a b");
  EXPECT_EQ(trim_end("   "), "");
}

TEST(TextLayout, ScoreRanges) {
  EXPECT_EQ(score_range(Decimal::from_int(95), Decimal::from_int(95)), "95");
  EXPECT_EQ(score_range(Decimal::parse("88.5").value(), Decimal::parse("96.5").value()), "88.5–96.5");
}

}  // namespace
}  // namespace shifan::detail
