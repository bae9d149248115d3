#include "position_map.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

testing::AssertionResult is_at(Mark mark, int line, int column) {
  if (mark.line == line && mark.column == column) {
    return testing::AssertionSuccess();
  }
  return testing::AssertionFailure() << mark.line << ":" << mark.column;
}

TEST(PositionMap, CountsLinesAndCodePoints) {
  std::string_view text = "ab\n名字: x\r\n\nz";
  PositionMap map(text);
  EXPECT_TRUE(is_at(map.mark(0), 1, 1));
  EXPECT_TRUE(is_at(map.mark(2), 1, 3));
  EXPECT_TRUE(is_at(map.mark(3), 2, 1));
  EXPECT_TRUE(is_at(map.mark(9), 2, 3));   // after "名字"
  EXPECT_TRUE(is_at(map.mark(11), 2, 5));  // the x
  EXPECT_TRUE(is_at(map.mark(14), 3, 1));
  EXPECT_TRUE(is_at(map.mark(15), 4, 1));
}

TEST(PositionMap, StepsToTheNextLineOrJumpsFurther) {
  PositionMap map("a\nb\nc\nd\n");
  EXPECT_TRUE(is_at(map.mark(2), 2, 1));  // the next line
  EXPECT_TRUE(is_at(map.mark(7), 4, 2));  // two lines further
  EXPECT_TRUE(is_at(map.mark(8), 5, 1));  // the empty last line
  EXPECT_TRUE(is_at(map.mark(4), 3, 1));
  EXPECT_TRUE(is_at(map.mark(5), 3, 2));
}

TEST(PositionMap, CountsColumnsAcrossAsciiRunsAndWideCharacters) {
  // Runs of ASCII are counted eight bytes at a time: every offset must agree
  // with counting one character at a time.
  std::string_view text = "abcdefghijk名字lmnopqrstuvwxyz0123456789名\n";
  PositionMap forward(text);
  int column = 1;
  for (std::size_t offset = 0; offset < text.size(); ++offset) {
    if ((static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
      continue;  // inside a character
    }
    EXPECT_TRUE(is_at(forward.mark(offset), 1, column)) << offset;
    EXPECT_TRUE(is_at(PositionMap(text).mark(offset), 1, column)) << offset;
    ++column;
  }
}

TEST(PositionMap, GoesBackwardsAndPastTheEnd) {
  PositionMap map("一二三\nab");
  EXPECT_TRUE(is_at(map.mark(9), 1, 4));
  EXPECT_TRUE(is_at(map.mark(3), 1, 2));
  EXPECT_TRUE(is_at(map.mark(12), 2, 3));
  EXPECT_TRUE(is_at(map.mark(100), 2, 3));
}

}  // namespace
}  // namespace shifan::detail
