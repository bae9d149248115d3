#include "template_compiler.h"

#include <gtest/gtest.h>

#include "rubric_test_support.h"

namespace shifan::detail {
namespace {

struct Result {
  std::optional<Template> compiled;
  std::string errors;
};

Result compile_w(std::string text) {
  test::Parsed parsed(std::move(text));
  Environment env{{{"n", Type::integer()}, {"m", Type::map(Type::string(), Type::integer())}}};
  std::optional<Template> compiled = compile_template(parsed.at("w"), env, parsed.reporter);
  return {std::move(compiled), parsed.errors()};
}

TEST(TemplateCompiler, SplitsTextAndHoles) {
  Result result = compile_w("w: '共 {n} 人, {{括号}}, {m[\"a}\"]}'\n");
  ASSERT_EQ(result.errors, "");
  EXPECT_EQ(result.compiled->pieces, (std::vector<std::string>{"共 ", " 人, {括号}, ", ""}));
  ASSERT_EQ(result.compiled->holes.size(), 2U);
  EXPECT_EQ(result.compiled->holes[1].text, "m[\"a}\"]");
  EXPECT_EQ(result.compiled->holes[0].mark.column, 8);
  EXPECT_EQ(compile_w("w: 没有空洞\n").compiled->pieces, (std::vector<std::string>{"没有空洞"}));
}

TEST(TemplateCompiler, PlacesEveryHoleAfterWideText) {
  Result result = compile_w("w: 甲{n}乙乙{{{n}}}丙 {m[\"键\"]}丁\n");
  ASSERT_EQ(result.errors, "");
  EXPECT_EQ(result.compiled->pieces, (std::vector<std::string>{"甲", "乙乙{", "}丙 ", "丁"}));
  ASSERT_EQ(result.compiled->holes.size(), 3U);
  EXPECT_EQ(result.compiled->holes[0].mark.column, 6);
  EXPECT_EQ(result.compiled->holes[1].mark.column, 13);
  EXPECT_EQ(result.compiled->holes[2].mark.column, 20);
}

TEST(TemplateCompiler, ReportsBracesAndHoles) {
  EXPECT_EQ(compile_w("w: 共 {n 人\n").errors,
            "f.yaml:1:6: 模板中的 '{' 没有配对的 '}'\n"
            "  w: 共 {n 人\n"
            "        ^\n");
  EXPECT_EQ(compile_w("w: 共 n} 人, {}, {x}\n").errors,
            "f.yaml:1:7: 模板中的 '}' 应写作 '}}'\n"
            "  w: 共 n} 人, {}, {x}\n"
            "         ^\n"
            "f.yaml:1:12: 模板中的 '{}' 缺少表达式\n"
            "  w: 共 n} 人, {}, {x}\n"
            "               ^\n"
            "f.yaml:1:17: 未知的变量 'x' (是否想写 'n'?)\n"
            "  w: 共 n} 人, {}, {x}\n"
            "                    ^\n");
}

TEST(TemplateCompiler, ReasonsAreOneTemplateOrOnePerOutcome) {
  test::Parsed parsed("a: 共 {n} 人\nb: {met: 好, unmet: 差}\nc: {met: 好, clear: 无}\n");
  Environment env{{{"n", Type::integer()}}};
  Reasons<ItemStatus> single = load_reasons<ItemStatus>(parsed.at("a"), env, parsed.reporter);
  Reasons<ItemStatus> each = load_reasons<ItemStatus>(parsed.at("b"), env, parsed.reporter);
  EXPECT_EQ(parsed.errors(), "");
  ASSERT_EQ(single.size(), 1U);
  EXPECT_EQ(single[0].first, std::nullopt);
  ASSERT_EQ(each.size(), 2U);
  EXPECT_EQ(each[1].first, ItemStatus::unmet);
  EXPECT_EQ(each[1].second.pieces[0], "差");
  EXPECT_EQ(find_reason(each, ItemStatus::unmet), &each[1].second);
  EXPECT_EQ(find_reason(single, ItemStatus::unmet), &single[0].second);
  EXPECT_EQ(find_reason(each, ItemStatus::partial), nullptr);
  // An item's reasons are keyed by item outcomes: a veto's is refused.
  Reasons<ItemStatus> wrong = load_reasons<ItemStatus>(parsed.at("c"), env, parsed.reporter);
  ASSERT_EQ(wrong.size(), 1U);
  EXPECT_EQ(wrong[0].first, ItemStatus::met);
  EXPECT_NE(parsed.errors().find("未知的键 'clear'"), std::string::npos) << parsed.errors();
}

}  // namespace
}  // namespace shifan::detail
