#include "scalar_position.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

Mark position(const std::string& text, std::size_t offset) {
  Document document = read_document("f.yaml", text);
  return scalar_position(*document.root.find("w"), *document.source, offset);
}

TEST(ScalarPosition, MapsOffsetsToTheSource) {
  EXPECT_EQ(position("w: 共 abc\n", 2).column, 6);
  EXPECT_EQ(position("w: 'abc'\n", 1).column, 6);
  Mark block = position("w: |\n  ab\n   cd\n", 4);
  EXPECT_EQ(block.line, 3);
  EXPECT_EQ(block.column, 4);
  Mark plain = position("w: ab\n  cd\n", 3);
  EXPECT_EQ(plain.line, 2);
  EXPECT_EQ(plain.column, 3);
}

TEST(ScalarPosition, EveryOffsetAcrossTheEndOfTheFirstLine) {
  // Offsets before the end of the first line take a short path; at and past it the segments.
  const std::pair<int, int> plain[] = {{1, 4}, {1, 5}, {1, 6}, {2, 3}, {2, 4}, {2, 5}};
  for (std::size_t offset = 0; offset < std::size(plain); ++offset) {
    Mark mark = position("w: 共a\n  bc\n", offset);
    EXPECT_EQ(std::pair(mark.line, mark.column), plain[offset]) << offset;
  }
  const std::pair<int, int> quoted[] = {{1, 6}, {1, 7}, {1, 8}, {2, 3}, {2, 4}};
  for (std::size_t offset = 0; offset < std::size(quoted); ++offset) {
    Mark mark = position("w:  \"共a\n  b\"\n", offset);
    EXPECT_EQ(std::pair(mark.line, mark.column), quoted[offset]) << offset;
  }
  EXPECT_EQ(position("w: ab\n", 2).column, 6);
  EXPECT_EQ(position("w: ab\n", 9).column, 4);  // past the text: the node's mark
}

TEST(ScalarPosition, CountsOffsetsByCodePoint) {
  EXPECT_EQ(text_offset("ab\n共d", 2, 2), 4U);
  EXPECT_EQ(text_offset("abc", 1, 3), 2U);
}

}  // namespace
}  // namespace shifan::detail
