#include "utf8.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

TEST(Utf8, FindsInvalidSequences) {
  EXPECT_EQ(find_invalid_utf8("黄村 ok"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("\xEF\xBF\xBD"), std::string_view::npos);  // U+FFFD itself
  EXPECT_EQ(find_invalid_utf8("ab\xFF"), 2u);
  EXPECT_EQ(find_invalid_utf8("a\xC0\xAF"), 1u);          // overlong '/'
  EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), 0u);       // surrogate
  EXPECT_EQ(find_invalid_utf8("x\xE9\xBB"), 1u);          // truncated
}

TEST(Utf8, FindsInvalidSequencesAfterAsciiRuns) {
  // Runs of ASCII are skipped eight bytes at a time: every offset must still be exact.
  for (std::size_t n = 0; n < 20; ++n) {
    std::string ascii(n, 'a');
    EXPECT_EQ(find_invalid_utf8(ascii + "\xFF" + "abcdefghij"), n);
    EXPECT_EQ(find_invalid_utf8(ascii + "黄\xE9\xBB"), n + 3);
    EXPECT_EQ(find_invalid_utf8(ascii + "黄村abcdefghij"), std::string_view::npos);
  }
}

TEST(Utf8, PrefixAndAppend) {
  EXPECT_EQ(prefix_code_points("黄村司法所", 2), "黄村");
  EXPECT_EQ(prefix_code_points("ab", 5), "ab");
  std::string out;
  append_utf8(out, U'黄');
  append_utf8(out, U'\U0001F600');
  append_utf8(out, U'é');
  EXPECT_EQ(out, "黄\xF0\x9F\x98\x80\xC3\xA9");
}

}  // namespace
}  // namespace shifan::detail
