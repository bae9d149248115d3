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

TEST(Utf8, ThreeByteSequencesDecodeAsTheGeneralRuleSays) {
  // Common CJK leads take a short path: check every lead and edge continuation.
  for (unsigned lead = 0xE0; lead <= 0xEF; ++lead) {
    for (unsigned second : {0x00U, 0x41U, 0x7FU, 0x80U, 0x9FU, 0xA0U, 0xBFU, 0xC0U, 0xFFU}) {
      for (unsigned third : {0x20U, 0x80U, 0xA5U, 0xBFU, 0xC0U}) {
        std::string bytes{static_cast<char>(lead), static_cast<char>(second), static_cast<char>(third)};
        std::size_t pos = 0;
        char32_t c = decode_code_point(bytes, pos);
        char32_t value = (lead & 0x0FU) << 12 | (second & 0x3FU) << 6 | (third & 0x3FU);
        bool valid = (second & 0xC0U) == 0x80 && (third & 0xC0U) == 0x80 && value >= 0x800 &&
                     !(value >= 0xD800 && value <= 0xDFFF);
        EXPECT_EQ(c, valid ? value : char32_t{0xFFFD}) << lead << " " << second << " " << third;
        EXPECT_EQ(pos, valid ? 3U : 1U) << lead << " " << second << " " << third;
        std::size_t short_pos = 0;
        EXPECT_EQ(decode_code_point(bytes.substr(0, 2), short_pos), char32_t{0xFFFD});
        EXPECT_EQ(short_pos, 1U);
      }
    }
  }
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
