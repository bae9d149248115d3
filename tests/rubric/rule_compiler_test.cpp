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

TEST(RuleCompiler, ACacheCompilesATextOnceAndReportsItAtEveryPlace) {
  test::Parsed parsed("a: n + 1\nb: \"n + 1\"\nc: n > x\nd:  n > x\ne: n > 1\n");
  Environment env{{{"n", Type::integer()}}};
  CompileCache cache(env);
  std::optional<Rule> a = compile_rule(parsed.at("a"), cache, Expect::number, parsed.reporter);
  std::optional<Rule> b = compile_rule(parsed.at("b"), cache, Expect::number, parsed.reporter);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->program, b->program);
  EXPECT_EQ(b->mark.column, 5);
  // The same text with a different expectation is checked again.
  EXPECT_FALSE(compile_rule(parsed.at("a"), cache, Expect::condition, parsed.reporter));
  EXPECT_FALSE(compile_rule(parsed.at("c"), cache, Expect::condition, parsed.reporter));
  EXPECT_FALSE(compile_rule(parsed.at("d"), cache, Expect::condition, parsed.reporter));
  std::optional<Rule> e = compile_rule(parsed.at("e"), cache, Expect::condition, parsed.reporter);
  ASSERT_TRUE(e);
  EXPECT_NE(e->program, a->program);
  // Uncached, the same diagnostics at the same places.
  test::Parsed again("a: n + 1\nb: \"n + 1\"\nc: n > x\nd:  n > x\n");
  compile_rule(again.at("a"), env, Expect::condition, again.reporter);
  compile_rule(again.at("c"), env, Expect::condition, again.reporter);
  compile_rule(again.at("d"), env, Expect::condition, again.reporter);
  EXPECT_EQ(parsed.errors(), again.errors());
  EXPECT_EQ(parsed.errors(),
            "f.yaml:1:4: 条件应为 bool 类型, 而表达式的类型是 int\n"
            "  a: n + 1\n"
            "     ^\n"
            "f.yaml:3:8: 未知的变量 'x' (是否想写 'n'?)\n"
            "  c: n > x\n"
            "         ^\n"
            "f.yaml:4:9: 未知的变量 'x' (是否想写 'n'?)\n"
            "  d:  n > x\n"
            "          ^\n");
}

}  // namespace
}  // namespace shifan::detail
