#include "shifan/expr.h"

#include <gtest/gtest.h>

#include <thread>

#include "expr_test_support.h"

namespace shifan {
namespace {

using testing::list;
using testing::num;
using testing::record;
using testing::str;

Value staff_fact() {
  return list({record({{"name", str("张")}, {"full_time", Value::boolean(true)}}),
               record({{"name", str("李")}, {"full_time", Value::boolean(false)}}),
               record({{"name", str("王")}, {"full_time", Value::boolean(true)}})});
}

TEST(Expr, CompileOnceEvaluateMany) {
  Environment env;
  env.variables = {{"staff", Type::dyn()}, {"station", Type::dyn()}};
  Compiled compiled = compile(
      "staff.filter(s, s.full_time).size() >= {\"一类\": 6, \"二类\": 2}[station.class]", env);
  ASSERT_TRUE(compiled.program);
  Activation a;
  a.set("staff", staff_fact());
  a.set("station", record({{"class", str("二类")}}));
  EXPECT_EQ(to_literal(evaluate(*compiled.program, a)), "true");
  a.set("station", record({{"class", str("一类")}}));
  EXPECT_EQ(to_literal(evaluate(*compiled.program, a)), "false");
  a.set("station", record({{"class", Value::unknown("station.class")}}));
  EXPECT_EQ(to_literal(evaluate(*compiled.program, a)), "unknown(\"station.class\")");
}

TEST(Expr, VariablesAreFoundWhereverTheActivationHoldsThem) {
  Environment env;
  env.variables = {{"unused", Type::dyn()}, {"a", Type::dyn()}, {"b", Type::dyn()}};
  Compiled compiled = compile("a - b", env);
  ASSERT_TRUE(compiled.program);
  Activation first;
  first.set("a", Value::integer(5));
  first.set("b", Value::integer(3));
  EXPECT_EQ(to_literal(evaluate(*compiled.program, first)), "2");
  Activation swapped;  // other positions: the cached ones miss
  swapped.set("x", Value::integer(0));
  swapped.set("b", Value::integer(1));
  swapped.set("a", Value::integer(10));
  EXPECT_EQ(to_literal(evaluate(*compiled.program, swapped)), "9");
  Activation missing;
  missing.set("a", Value::integer(1));
  EXPECT_EQ(to_literal(evaluate(*compiled.program, missing)), "error(\"变量 'b' 没有值\")");
  EXPECT_EQ(to_literal(evaluate(*compiled.program, first)), "2");
}

TEST(Expr, ActivationHintedGet) {
  Activation a;
  a.set("staff", Value::integer(1));
  a.set("station", Value::integer(2));
  std::uint32_t hint = 0;
  EXPECT_EQ(a.get("station", hint)->as_int(), 2);
  EXPECT_EQ(hint, 1u);
  EXPECT_EQ(a.get("station", hint)->as_int(), 2);
  hint = 9;
  EXPECT_EQ(a.get("staff", hint)->as_int(), 1);
  EXPECT_EQ(hint, 0u);
  EXPECT_EQ(a.get("stat", hint), nullptr);
  EXPECT_EQ(hint, 0u);
}

TEST(Expr, ActivationAddBindsANewNameAsSetDoes) {
  Activation a;
  a.reserve(3);
  a.add("staff", Value::integer(1));
  a.add("station_class_of_the_county", Value::integer(2));
  EXPECT_EQ(a.get("staff")->as_int(), 1);
  EXPECT_EQ(a.get("station_class_of_the_county")->as_int(), 2);
  a.set("staff", Value::integer(3));  // set finds what add bound
  EXPECT_EQ(a.get("staff")->as_int(), 3);
  EXPECT_EQ(a.get("score"), nullptr);
}

TEST(Expr, NestedUnknownFacts) {
  Value staff = list({record({{"sanctions", num(0)}}), record({{"sanctions", Value::unknown("staff[1].sanctions")}})});
  EXPECT_EQ(testing::show("staff.all(s, s.sanctions == 0)", {{"staff", staff}}), "unknown(\"staff[1].sanctions\")");
  EXPECT_EQ(testing::show("staff.exists(s, s.sanctions > 0)", {{"staff", staff}}), "unknown(\"staff[1].sanctions\")");
  EXPECT_EQ(testing::show("staff.exists(s, s.sanctions == 0)", {{"staff", staff}}), "true");
  EXPECT_EQ(testing::show("size(staff)", {{"staff", staff}}), "2");
}

TEST(Expr, VariablesAndFieldsRead) {
  Environment env;
  env.variables = {{"staff", Type::dyn()}, {"station", Type::dyn()}, {"unused", Type::dyn()}};
  Compiled compiled = compile("staff.all(s, s.full_time && s.name != '') && station.class == '一类'", env);
  ASSERT_TRUE(compiled.program);
  EXPECT_EQ(compiled.program->variables_read(), (std::vector<std::string>{"staff", "station"}));
  EXPECT_EQ(compiled.program->fields_read(),
            (std::vector<std::string>{"staff.full_time", "staff.name", "station.class"}));
}

TEST(Expr, DottedVariableNames) {
  EXPECT_EQ(testing::show("a.b.c", {{"a.b", record({{"c", str("yes")}})}}), "\"yes\"");
  EXPECT_EQ(testing::show("a.b.c", {{"a.b.c", str("exact")}, {"a.b", record({})}}), "\"exact\"");
}

TEST(Expr, DiagnosticsPointIntoTheText) {
  Compiled compiled = compile("1 +\n  (x", Environment{});
  ASSERT_EQ(compiled.diagnostics.size(), 1u);
  const Diagnostic& d = compiled.diagnostics[0];
  EXPECT_EQ(d.file, "<expr>");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 5);
  EXPECT_EQ(d.source_line, "  (x");
  compiled = compile("'司法所' + 1", Environment{});
  EXPECT_EQ(compiled.diagnostics.at(0).column, 7);
}

TEST(Expr, CheckerReportsAllProblems) {
  Compiled compiled = compile("a + b", Environment{});
  EXPECT_FALSE(compiled.program);
  EXPECT_EQ(compiled.diagnostics.size(), 2u);
}

TEST(Expr, EvaluationIsBounded) {
  EXPECT_EQ(testing::show("[0,1,2,3,4,5,6,7,8,9].all(a, [0,1,2,3,4,5,6,7,8,9].all(b, [0,1,2,3,4,5,6,7,8,9].all(c, "
                          "[0,1,2,3,4,5,6,7,8,9].all(d, [0,1,2,3,4,5,6,7,8,9].all(e, [0,1,2,3,4,5,6,7,8,9].all(f, "
                          "[0,1,2,3,4,5,6,7,8,9].all(g, [0,1,2,3,4,5,6,7,8,9].all(h, x == x))))))))",
                          {{"x", num(1)}}),
            "error(\"求值步数超出上限 (10000000 步)\")");
  EXPECT_EQ(testing::show("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21].map(i, x).map(a, "
                          "x.map(b, x.map(c, x.map(d, x.map(e, 0)))))",
                          {{"x", list(std::vector<Value>(40, num(1)))}}),
            "error(\"求值步数超出上限 (10000000 步)\")");
}

TEST(Expr, EvaluationsShareABudget) {
  Environment env;
  env.variables = {{"l", Type::dyn()}};
  Compiled heavy = compile("l.all(a, l.all(b, true))", env);
  Compiled light = compile("size(l) == 100", env);
  ASSERT_TRUE(heavy.program && light.program);
  Activation vars;
  vars.set("l", list(std::vector<Value>(100, num(1))));
  Budget budget(25'000);
  EXPECT_EQ(to_literal(evaluate(*heavy.program, vars, budget)), "true");
  const std::uint64_t one = 25'000 - budget.steps_left();  // 100 + 100 * 100 iterations, a few calls
  EXPECT_GE(one, 10'100u);
  EXPECT_LT(one, 12'500u);
  EXPECT_EQ(to_literal(evaluate(*light.program, vars, budget)), "true");
  EXPECT_EQ(to_literal(evaluate(*heavy.program, vars, budget)), "true");
  EXPECT_EQ(to_literal(evaluate(*heavy.program, vars, budget)), "error(\"求值步数超出上限 (25000 步)\")");
  EXPECT_EQ(budget.steps_left(), 0u);
  // Once spent, every evaluation is the error, even one that needs no step.
  EXPECT_EQ(to_literal(evaluate(*light.program, vars, budget)), "error(\"求值步数超出上限 (25000 步)\")");
  Compiled constant = compile("l", env);
  EXPECT_EQ(to_literal(evaluate(*constant.program, vars, budget)), "error(\"求值步数超出上限 (25000 步)\")");
  // Without a budget, each evaluation has one of its own.
  EXPECT_EQ(to_literal(evaluate(*heavy.program, vars)), "true");
}

TEST(Expr, BuiltValuesAreBounded) {
  std::string doubling = "'ab'";
  for (int i = 0; i < 26; ++i) {
    doubling = "[" + doubling + "].map(s, s + s)[0]";
  }
  EXPECT_EQ(testing::show(doubling, {}), "error(\"字符串过大 (上限 16777216)\")");
}

TEST(Expr, EvaluateIsThreadSafe) {
  Environment env;
  env.variables = {{"staff", Type::dyn()}};
  Compiled compiled = compile("staff.filter(s, s.full_time).map(s, s.name)", env);
  Activation a;
  a.set("staff", staff_fact());
  std::vector<std::thread> threads;
  std::atomic<int> mismatches = 0;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        if (to_literal(evaluate(*compiled.program, a)) != "[\"张\", \"王\"]") {
          ++mismatches;
        }
      }
    });
  }
  for (auto& thread : threads) {
    thread.join();
  }
  EXPECT_EQ(mismatches, 0);
}

}  // namespace
}  // namespace shifan
