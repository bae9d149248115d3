#include "cel_lexer.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

std::string kinds(std::string_view text) {
  std::string out;
  for (const Token& token : lex(text)) {
    static constexpr const char* k_names[] = {"end", "id", "qid", "int", "uint", "dbl", "str", "bytes", "p", "err"};
    out += k_names[static_cast<int>(token.kind)];
    out += token.kind == TokenKind::punctuation || token.kind == TokenKind::identifier ? ":" + token.text : "";
    out += ' ';
  }
  return out;
}

TEST(CelLexer, OperatorsAndIdentifiers) {
  EXPECT_EQ(kinds("a.b >= 3 && !c"), "id:a p:. id:b p:>= int p:&& p:! id:c end ");
  EXPECT_EQ(kinds("x in [1u, 2.5]"), "id:x id:in p:[ uint p:, dbl p:] end ");
  EXPECT_EQ(kinds("// comment\n x"), "id:x end ");
}

TEST(CelLexer, EveryTwoCharacterOperatorAndItsOneCharacterNeighbours) {
  EXPECT_EQ(kinds("== != <= >= && ||"), "p:== p:!= p:<= p:>= p:&& p:|| end ");
  EXPECT_EQ(kinds("a=b"), "id:a err end ");
  EXPECT_EQ(kinds("!<>&"), "p:! p:< p:> err end ");
  EXPECT_EQ(kinds("!!=<<=>>="), "p:! p:!= p:< p:<= p:> p:>= end ");
  EXPECT_EQ(kinds("a|b"), "id:a err end ");
}

TEST(CelLexer, Numbers) {
  auto tokens = lex("0x1F 9223372036854775808 1e3 .5 7U");
  EXPECT_EQ(tokens[0].number, 31u);
  EXPECT_EQ(tokens[1].number, 9223372036854775808u);
  EXPECT_EQ(tokens[2].real, 1000.0);
  EXPECT_EQ(tokens[3].real, 0.5);
  EXPECT_EQ(tokens[4].kind, TokenKind::uint_literal);
}

TEST(CelLexer, ErrorsStopWithOffset) {
  auto tokens = lex("1 + 99999999999999999999");
  ASSERT_EQ(tokens[2].kind, TokenKind::error);
  EXPECT_EQ(tokens[2].offset, 4u);
  EXPECT_EQ(tokens[2].text, "整数字面量超出范围");
  EXPECT_EQ(lex("a # b")[1].text, "无法识别的字符");
  EXPECT_EQ(lex("1e")[0].text, "指数缺少数字");
  EXPECT_EQ(lex("12abc")[0].text, "数字后有多余的字符");
}

TEST(CelLexer, StringsAndQuotedIdentifiers) {
  auto tokens = lex(R"('a\n' b"\xff" r'\n' `content-type`)");
  EXPECT_EQ(tokens[0].text, "a\n");
  EXPECT_EQ(tokens[1].kind, TokenKind::bytes_literal);
  EXPECT_EQ(tokens[1].text, "\xff");
  EXPECT_EQ(tokens[2].text, "\\n");
  EXPECT_EQ(tokens[3].kind, TokenKind::quoted_identifier);
  EXPECT_EQ(tokens[3].text, "content-type");
}

}  // namespace
}  // namespace shifan::detail
