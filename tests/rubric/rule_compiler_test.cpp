#include "rule_compiler.h"

#include <gtest/gtest.h>

#include "rubric_test_support.h"

namespace shifan::detail {
namespace {

struct Result {
  std::optional<Rule> rule;
  std::string errors;
};

Result compile_w(std::string text, Expect expect = Expect::any) {
  test::Parsed parsed(std::move(text));
  Environment env{{{"n", Type::integer()}, {"s", Type::string()}}};
  std::optional<Rule> rule = compile_rule(parsed.at("w"), env, expect, parsed.reporter);
  return {std::move(rule), parsed.errors()};
}

TEST(RuleCompiler, CompilesAndKeepsTheText) {
  Result result = compile_w("w: n > 1\n", Expect::condition);
  ASSERT_EQ(result.errors, "");
  EXPECT_EQ(result.rule->text, "n > 1");
  EXPECT_EQ(result.rule->mark.line, 1);
  EXPECT_EQ(result.rule->mark.column, 4);
  EXPECT_NE(result.rule->program, nullptr);
}

TEST(RuleCompiler, PlacesErrorsInPlainAndQuotedScalars) {
  EXPECT_EQ(compile_w("w: n > x\n").errors,
            "f.yaml:1:8: 未知的变量 'x' (是否想写 'n'?)\n"
            "  w: n > x\n"
            "         ^\n");
  EXPECT_EQ(compile_w("w: \"n > x\"\n").errors,
            "f.yaml:1:9: 未知的变量 'x' (是否想写 'n'?)\n"
            "  w: \"n > x\"\n"
            "          ^\n");
}

TEST(RuleCompiler, PlacesErrorsInBlockScalarsLineByLine) {
  EXPECT_EQ(compile_w("w: |\n  n > 1 &&\n    zz\n").errors,
            "f.yaml:3:5: 未知的变量 'zz'\n"
            "      zz\n"
            "      ^\n");
  EXPECT_EQ(compile_w("w: >\n  n > 1 &&\n  zz\n").errors,
            "f.yaml:3:3: 未知的变量 'zz'\n"
            "    zz\n"
            "    ^\n");
}

TEST(RuleCompiler, ChecksTheResultType) {
  EXPECT_EQ(compile_w("w: s\n", Expect::number).errors,
            "f.yaml:1:4: 分值应为数值类型 (int 或 double), 而表达式的类型是 string\n"
            "  w: s\n"
            "     ^\n");
  EXPECT_FALSE(compile_w("w: s\n", Expect::condition).rule.has_value());
  EXPECT_TRUE(compile_w("w: n * 2\n", Expect::number).rule.has_value());
  EXPECT_EQ(compile_w("w:\n").errors, "f.yaml:1:3: 缺少表达式\n  w:\n    ^\n");
}

}  // namespace
}  // namespace shifan::detail
