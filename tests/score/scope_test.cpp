#include "scope.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "every_kind_fixture.h"

namespace shifan::detail {
namespace {

using testing::EveryKindScored;
using testing::EveryKindStation;
using testing::every_kind_rubric;

// `text` compiled with every top-level fact as dyn, so that any value can
// come out.
Rule rule(std::string_view text) {
  Environment env;
  for (const auto& [name, spec] : every_kind_rubric().facts.fields) {
    env.variables.emplace_back(name, Type::dyn());
  }
  Compiled compiled = compile(text, env);
  EXPECT_TRUE(compiled.program.has_value()) << text;
  return Rule{std::string(text), Mark{}, std::make_shared<const Program>(compiled.program.value())};
}

const Reasons<ItemStatus>& reasons_of(std::string_view id) { return every_kind_rubric().find_item(id)->reasons; }

TEST(Scope, BindsFactsAndDecidesConditions) {
  EveryKindScored scored(EveryKindStation().set("staffed", "false"));
  Scope scope(every_kind_rubric(), scored.station());
  EXPECT_EQ(scope.decide(rule("open")).truth, Truth::yes);
  EXPECT_EQ(scope.decide(rule("staffed")).truth, Truth::no);
  EXPECT_EQ(scope.evaluate(rule("rooms * 2")).as_int(), 12);
  EXPECT_EQ(scope.evaluate(rule("staff[0].name")).as_string(), "王某某");
}

TEST(Scope, AnUnknownConditionNamesTheFactsThatWouldDecideIt) {
  EveryKindScored scored(EveryKindStation().set("high", "").set("low", ""));
  Scope scope(every_kind_rubric(), scored.station());
  Decision decision = scope.decide(rule("high || low"));
  EXPECT_EQ(decision.truth, Truth::unknown);
  EXPECT_EQ(decision.missing, (std::vector<std::string>{"high", "low"}));
  EXPECT_EQ(decision.error, "");
  // Three-valued logic: a known operand can decide the whole.
  EXPECT_EQ(scope.decide(rule("high || true")).truth, Truth::yes);
  EXPECT_EQ(scope.decide(rule("high && false")).truth, Truth::no);
}

TEST(Scope, ANonBoolOrAFailedConditionIsAnErrorWithItsMessage) {
  EveryKindScored scored;
  Scope scope(every_kind_rubric(), scored.station());
  Decision number = scope.decide(rule("rooms"));
  EXPECT_EQ(number.truth, Truth::error);
  EXPECT_EQ(number.error, "条件的值不是布尔值");
  EXPECT_TRUE(number.missing.empty());
  Decision failed = scope.decide(rule("10 / (rooms - 6) > 1"));
  EXPECT_EQ(failed.truth, Truth::error);
  EXPECT_EQ(failed.error, "除数为零");
}

TEST(Scope, UnusableValuesSayWhy) {
  Decision unknown = unusable(Value::unknown("rooms"), "应为数");
  EXPECT_EQ(unknown.truth, Truth::unknown);
  EXPECT_EQ(unknown.missing, std::vector<std::string>{"rooms"});
  Decision wrong = unusable(Value::string("x"), "应为数");
  EXPECT_EQ(wrong.truth, Truth::error);
  EXPECT_EQ(wrong.error, "应为数");
  EXPECT_EQ(unusable(Value::error("坏了"), "应为数").error, "坏了");
}

TEST(Scope, ReasonsPickTheOutcomesTemplateThenTheCatchAll) {
  EveryKindScored scored(EveryKindStation().set("rooms", "3"));
  Scope scope(every_kind_rubric(), scored.station());
  EXPECT_EQ(scope.reason(reasons_of("K2"), ItemStatus::unmet, std::nullopt, ""), "人员未到位");
  EXPECT_EQ(scope.reason(reasons_of("K2"), ItemStatus::partial, std::nullopt, ""), "");
  // K3's one template serves every outcome; `score` is the decided score.
  EXPECT_EQ(scope.reason(reasons_of("K3"), ItemStatus::met, Decimal::from_hundredths(50), ""), "房间 3 间, 得 0.5 分");
  EXPECT_EQ(scope.reason(reasons_of("K3"), ItemStatus::unknown, std::nullopt, ""), "房间 3 间, 得 未知 分");
  EXPECT_EQ(scope.reason(reasons_of("K2"), ItemStatus::met, std::nullopt, "除数为零"), "人员已到位; 规则求值出错: 除数为零");
  EXPECT_EQ(scope.reason(reasons_of("K4"), ItemStatus::met, std::nullopt, "除数为零"), "规则求值出错: 除数为零");
}

TEST(Scope, ALongHoleIsCutAfterTheLastWholeEntry) {
  EveryKindScored scored{EveryKindStation()};
  Scope scope(every_kind_rubric(), scored.station());
  std::string names = "[";
  for (int i = 0; i < 100; ++i) {
    names += (i == 0 ? "" : ", ") + std::string("'方某某某'");
  }
  Template listed{{"未达到: ", "."}, {rule(names + "].join(', ')")}};
  std::string text = scope.render(listed, std::nullopt);
  std::string kept = "未达到: 方某某某";
  for (int i = 1; i < 50; ++i) {
    kept += ", 方某某某";
  }
  EXPECT_EQ(text, kept + " 等 (以下从略).");  // 50 names of 4 and 49 ", " fill the 300 code points
  Template short_list{{"", ""}, {rule("['甲', '乙'].join(', ')")}};
  EXPECT_EQ(scope.render(short_list, std::nullopt), "甲, 乙");
  // 300 code points in 900 bytes (not cut), 301 (cut), 300 bytes of ASCII (not cut).
  std::string chinese(900, ' ');
  for (std::size_t i = 0; i < chinese.size(); i += 3) {
    chinese.replace(i, 3, "方");
  }
  Template at_limit{{"", ""}, {rule("'" + chinese + "'")}};
  EXPECT_EQ(scope.render(at_limit, std::nullopt), chinese);
  Template past_limit{{"", ""}, {rule("'" + chinese + "方'")}};
  EXPECT_EQ(scope.render(past_limit, std::nullopt), chinese + " 等 (以下从略)");
  Template ascii{{"", ""}, {rule("'" + std::string(300, 'a') + "'")}};
  EXPECT_EQ(scope.render(ascii, std::nullopt), std::string(300, 'a'));
}

TEST(Scope, OneStepBudgetForAllTheRulesOfAStation) {
  // 10^8 iterations, more than one budget; `open` keeps it from being folded.
  std::string digits = "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]";
  std::string text = "open";
  for (char variable = 'a'; variable < 'i'; ++variable) {
    text = digits + ".all(" + variable + ", " + text + ")";
  }
  Rule exhausting = rule(text);
  const std::string spent = "求值步数超出上限 (10000000 步)";
  EveryKindScored scored{EveryKindStation()};
  Scope scope(every_kind_rubric(), scored.station());
  EXPECT_EQ(scope.decide(rule("open")).truth, Truth::yes);
  // The first rule spends the budget; the others get the error at once.
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(scope.evaluate(exhausting).error_message(), spent);
  }
  // So does any later rule or template hole, even one that needs no step.
  Decision after = scope.decide(rule("open"));
  EXPECT_EQ(after.truth, Truth::error);
  EXPECT_EQ(after.error, spent);
  EXPECT_EQ(scope.render(Template{{"", ""}, {rule("rooms")}}, std::nullopt), "error(\"" + spent + "\")");
  // The next station has a budget of its own.
  Scope next(every_kind_rubric(), scored.station());
  EXPECT_EQ(next.decide(rule("open")).truth, Truth::yes);
}

TEST(Scope, TemplatesNeverSpendTheRulesBudget) {
  // 10^8 iterations, more than one budget; `open` keeps it from being folded.
  std::string text = "open";
  for (char variable = 'a'; variable < 'i'; ++variable) {
    text = "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].all(" + std::string(1, variable) + ", " + text + ")";
  }
  EveryKindScored scored{EveryKindStation()};
  Scope scope(every_kind_rubric(), scored.station());
  Template exhausting{{"", ""}, {rule(text)}};
  const std::string spent = "error(\"求值步数超出上限 (10000000 步)\")";
  EXPECT_EQ(scope.render(exhausting, std::nullopt), spent);
  // The templates' share is spent, the rules' is not: a score never depends
  // on whether its reasons were rendered (ScoreOptions::reasons).
  EXPECT_EQ(scope.render(Template{{"", ""}, {rule("rooms")}}, std::nullopt), spent);
  EXPECT_EQ(scope.decide(rule("open")).truth, Truth::yes);
  EXPECT_EQ(scope.evaluate(rule("rooms * 2")).as_int(), 12);
}

TEST(Scope, SaysWhetherTheReportNeedsReasons) {
  EveryKindScored scored;
  EXPECT_TRUE(Scope(every_kind_rubric(), scored.station()).reasons());
  EXPECT_FALSE(Scope(every_kind_rubric(), scored.station(), ScoreOptions{.reasons = false}).reasons());
}

TEST(Scope, DisplaysValuesForAReader) {
  EXPECT_EQ(display(Value::string("王某某")), "王某某");
  EXPECT_EQ(display(Value::real(4.5)), "4.5");
  EXPECT_EQ(display(Value::decimal(8930, 2)), "89.3");
  EXPECT_EQ(display(Value::integer(5)), "5");
  EXPECT_EQ(display(Value::boolean(true)), "是");
  EXPECT_EQ(display(Value::boolean(false)), "否");
  EXPECT_EQ(display(Value::unknown("x")), "未知");
  EXPECT_EQ(display(Value::list({Value::string("甲"), Value::string("乙")})), "甲、乙");
  EXPECT_EQ(display(Value::list({})), "无");
}

TEST(Scope, TruthOfAValue) {
  EXPECT_EQ(truth_of(Value::boolean(true)), Truth::yes);
  EXPECT_EQ(truth_of(Value::boolean(false)), Truth::no);
  EXPECT_EQ(truth_of(Value::unknown("x")), Truth::unknown);
  EXPECT_EQ(truth_of(Value::integer(1)), Truth::error);
}

}  // namespace
}  // namespace shifan::detail
