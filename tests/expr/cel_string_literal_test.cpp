#include "cel_string_literal.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

StringLiteral decode(std::string_view text, bool raw = false, bool bytes = false) {
  std::size_t pos = 0;
  return decode_string_literal(text, pos, raw, bytes);
}

TEST(CelStringLiteral, Escapes) {
  EXPECT_EQ(decode(R"("\a\b\f\n\r\t\v\\\?\"\'\`")").value, "\a\b\f\n\r\t\v\\?\"'`");
  EXPECT_EQ(decode(R"('\x41\101\u00e9\U0001F600')").value, "AA\xc3\xa9\xf0\x9f\x98\x80");
  EXPECT_EQ(decode(R"('\xff')", false, true).value, "\xff");
  EXPECT_EQ(decode(R"('\377')", false, true).value, "\xff");
  EXPECT_EQ(decode(R"('\xff')").value, "\xc3\xbf");
}

TEST(CelStringLiteral, TripleQuotedAndRaw) {
  EXPECT_EQ(decode("'''a\n'b'''").value, "a\n'b");
  EXPECT_EQ(decode(R"('\d')", true).value, "\\d");
}

TEST(CelStringLiteral, RunsOfPlainTextBetweenEscapesAndQuotes) {
  EXPECT_EQ(decode("\"本科及以上\\n学历\"").value, "本科及以上\n学历");
  EXPECT_EQ(decode("'say \"hi\" twice'").value, "say \"hi\" twice");
  EXPECT_EQ(decode("\"\"\"a \"b\" \"\"c\n\rd\"\"\"").value, "a \"b\" \"\"c\n\rd");
  EXPECT_EQ(decode("'''x''y'''").value, "x''y");
  EXPECT_EQ(decode(R"('ab\cd\'')", true).value, "ab\\cd\\'");
  EXPECT_EQ(decode("'long text\r'").error, "字符串未闭合");
  StringLiteral open = decode("'本科 only");
  EXPECT_EQ(open.error, "字符串未闭合");
  EXPECT_EQ(open.error_offset, 0u);
  std::size_t pos = 0;
  decode_string_literal("'本科' + '硕士'", pos, false, false);
  EXPECT_EQ(pos, 8u);
}

TEST(CelStringLiteral, AdvancesPastClosingQuote) {
  std::size_t pos = 0;
  decode_string_literal("\"ab\" + x", pos, false, false);
  EXPECT_EQ(pos, 4u);
}

TEST(CelStringLiteral, Errors) {
  StringLiteral unterminated = decode("'abc");
  EXPECT_EQ(unterminated.error, "字符串未闭合");
  EXPECT_EQ(decode("'a\nb'").error, "字符串未闭合");
  StringLiteral bad = decode(R"('ab\q')");
  EXPECT_EQ(bad.error, "无效的转义序列");
  EXPECT_EQ(bad.error_offset, 3u);
  EXPECT_EQ(decode(R"('\ud800')").error, "无效的转义序列");
}

}  // namespace
}  // namespace shifan::detail
