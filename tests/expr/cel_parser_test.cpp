#include "cel_parser.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

// A Lisp-like rendering of the tree.
std::string sexpr(const AstNode& node) {
  std::string out;
  switch (node.kind) {
    case NodeKind::constant: return to_literal(node.value);
    case NodeKind::ident: return node.name;
    case NodeKind::select: out = "(." + node.name; break;
    case NodeKind::has: out = "(has ." + node.name; break;
    case NodeKind::call: out = "(" + node.name + (node.member_call ? "@" : ""); break;
    case NodeKind::list: out = "(list"; break;
    case NodeKind::map: out = "(map"; break;
    case NodeKind::logic_and: out = "(&&"; break;
    case NodeKind::logic_or: out = "(||"; break;
    case NodeKind::conditional: out = "(?:"; break;
    case NodeKind::comprehension: out = fmt::format("(macro{} {}", static_cast<int>(node.macro), node.name); break;
  }
  for (const AstNode& child : node.children) {
    out += " " + sexpr(child);
  }
  return out + ")";
}

std::string tree(std::string_view text) {
  ParseResult result = parse(text);
  if (result.error) {
    return fmt::format("{}: {}", result.error->offset, result.error->message);
  }
  return sexpr(*result.root);
}

TEST(CelParser, Precedence) {
  EXPECT_EQ(tree("1 + 2 * 3 < 4 == true"), "(_==_ (_<_ (_+_ 1 (_*_ 2 3)) 4) true)");
  EXPECT_EQ(tree("a || b && c || d"), "(|| a (&& b c) d)");
  EXPECT_EQ(tree("a ? b : c ? d : e"), "(?: a b (?: c d e))");
  EXPECT_EQ(tree("!a.b[0]"), "(!_ (_[_] (.b a) 0))");
  EXPECT_EQ(tree("x in [1, 2]"), "(@in x (list 1 2))");
}

TEST(CelParser, BinaryOperatorsAssociateLeftWithinALevel) {
  EXPECT_EQ(tree("1 - 2 - 3 + 4"), "(_+_ (_-_ (_-_ 1 2) 3) 4)");
  EXPECT_EQ(tree("8 / 4 % 3 * 2"), "(_*_ (_%_ (_/_ 8 4) 3) 2)");
  EXPECT_EQ(tree("a < b == c != d in e"), "(@in (_!=_ (_==_ (_<_ a b) c) d) e)");
  EXPECT_EQ(tree("a * b + c * d <= e - f / g"), "(_<=_ (_+_ (_*_ a b) (_*_ c d)) (_-_ e (_/_ f g)))");
  EXPECT_EQ(tree("-a * -1 > !b"), "(_>_ (_*_ (-_ a) -1) (!_ b))");
  EXPECT_EQ(tree("a + "), "4: 表达式不完整, 缺少 表达式");
  EXPECT_EQ(tree("a < * b"), "4: 此处应为 表达式");
}

TEST(CelParser, NegativeLiterals) {
  EXPECT_EQ(tree("-9223372036854775808"), "-9223372036854775808");
  EXPECT_EQ(tree("--1"), "(-_ -1)");
  EXPECT_EQ(tree("-x"), "(-_ x)");
  EXPECT_EQ(tree("9223372036854775808"), "0: 整数字面量超出范围");
}

TEST(CelParser, CallsAndMacros) {
  EXPECT_EQ(tree("size(x)"), "(size x)");
  EXPECT_EQ(tree("x.size()"), "(size@ x)");
  EXPECT_EQ(tree("has(a.b)"), "(has .b a)");
  EXPECT_EQ(tree("l.all(x, x > 0)"), "(macro1 x l (_>_ x 0))");
  EXPECT_EQ(tree("l.map(x, x > 0, x * 2)"), "(macro5 x l (_>_ x 0) (_*_ x 2))");
  EXPECT_EQ(tree("l.filter(x, x)"), "(macro6 x l x)");
  EXPECT_EQ(tree("{'a': 1, 2: [],}"), "(map \"a\" 1 2 (list))");
  EXPECT_EQ(tree("m.`content-type`"), "(.content-type m)");
}

TEST(CelParser, Errors) {
  EXPECT_EQ(tree("1 +"), "3: 表达式不完整, 缺少 表达式");
  EXPECT_EQ(tree("(1"), "2: 表达式不完整, 缺少 ')'");
  EXPECT_EQ(tree("1 2"), "2: 多余的 '2'");
  EXPECT_EQ(tree("has(a)"), "0: has() 的参数必须是字段选择, 如 has(a.b)");
  EXPECT_EQ(tree("l.all(1, true)"), "6: all() 的第一个参数必须是变量名");
  EXPECT_EQ(tree("if"), "0: 'if' 是保留字");
  EXPECT_EQ(tree("'abc"), "0: 字符串未闭合");
}

TEST(CelParser, ReservedWordsWorkAsFieldNames) {
  EXPECT_EQ(tree("m.if"), "(.if m)");
}

TEST(CelParser, NestingIsBounded) {
  EXPECT_EQ(tree(std::string(30000, '(') + "1" + std::string(30000, ')')),
            "100: 表达式嵌套过深 (上限 100 层)");
  EXPECT_EQ(tree(std::string(30000, '[') + std::string(30000, ']')),
            "100: 表达式嵌套过深 (上限 100 层)");
  EXPECT_NE(tree(std::string(30000, '!') + "true").find("表达式嵌套过深"), std::string::npos);
  std::string chain = "1";
  for (int i = 0; i < 200; ++i) {
    chain += " + 1";
  }
  EXPECT_NE(tree(chain).find("表达式嵌套过深"), std::string::npos);
  EXPECT_EQ(tree(std::string(60, '(') + "1" + std::string(60, ')')), "1");
}

TEST(CelParser, LongOrChainsAreFlat) {
  std::string chain = "a";
  for (int i = 0; i < 500; ++i) {
    chain += " || a";
  }
  EXPECT_FALSE(parse(chain).error);
}

TEST(CelParser, LengthIsBounded) {
  EXPECT_EQ(tree(std::string(100000, '(') + "1" + std::string(100000, ')')), "0: 表达式过长 (上限 65536 字节)");
  EXPECT_EQ(tree(std::string(k_max_expression_bytes + 1, ' ')), "0: 表达式过长 (上限 65536 字节)");
}

}  // namespace
}  // namespace shifan::detail
