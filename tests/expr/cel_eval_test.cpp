#include "cel_eval.h"

#include <gtest/gtest.h>

#include "expr_test_support.h"

namespace shifan {
namespace {

using testing::Binding;
using testing::list;
using testing::num;
using testing::record;
using testing::show;
using testing::str;

const Value k_unknown = Value::unknown("staff[2].sanctions");

TEST(CelEval, FieldSelectionAndMissingKeys) {
  Value station = record({{"class", str("二类")}, {"staff", list({num(1)})}});
  EXPECT_EQ(show("station.class", {{"station", station}}), "\"二类\"");
  EXPECT_EQ(show("station.klass", {{"station", station}}), "error(\"没有键 'klass'\")");
  EXPECT_EQ(show("station.staff[0]", {{"station", station}}), "1");
  EXPECT_EQ(show("x.y", {{"x", num(1)}}), "error(\"类型 'int' 不支持字段选择\")");
  EXPECT_EQ(show("{'a': {'b': 2}}.a.b"), "2");
}

TEST(CelEval, FieldOfAVariableAndOfAnExpressionAgree) {
  // s.f reads the slot directly; [s][0].f goes through the general path.
  Value station = record({{"class", str("二类")}});
  for (const char* field : {"class", "klass"}) {
    EXPECT_EQ(show(std::string("s.") + field, {{"s", station}}), show(std::string("[s][0].") + field, {{"s", station}}));
  }
  EXPECT_EQ(show("[s][0].y", {{"s", num(1)}}), "error(\"类型 'int' 不支持字段选择\")");
  EXPECT_EQ(show("s.y", {{"s", Value::unknown("s")}}), "unknown(\"s\")");
  EXPECT_EQ(show("[s][0].y", {{"s", Value::unknown("s")}}), "unknown(\"s\")");
  EXPECT_EQ(show("s.y", {{"s", Value::error("e")}}), "error(\"e\")");
  // One select node over maps of different shapes: the hint moves each time.
  Value mixed = list({record({{"a", num(1)}, {"b", num(2)}}), record({{"b", num(3)}}), record({{"c", num(4)}})});
  EXPECT_EQ(show("m.map(x, has(x.b) ? x.b : 0)", {{"m", mixed}}), "[2, 3, 0]");
  EXPECT_EQ(show("m.map(x, x.b)", {{"m", mixed}}), "error(\"没有键 'b'\")");
}

TEST(CelEval, Has) {
  Value station = record({{"class", str("二类")}});
  EXPECT_EQ(show("has(s.class)", {{"s", station}}), "true");
  EXPECT_EQ(show("has(s.name)", {{"s", station}}), "false");
  EXPECT_EQ(show("has(s.name)", {{"s", k_unknown}}), "unknown(\"staff[2].sanctions\")");
  EXPECT_EQ(show("has(s.x.y)", {{"s", station}}), "error(\"没有键 'x'\")");
}

TEST(CelEval, LogicAbsorbsErrorsAndUnknowns) {
  const std::vector<Binding> u = {{"u", k_unknown}};
  EXPECT_EQ(show("false && u", u), "false");
  EXPECT_EQ(show("u && false", u), "false");
  EXPECT_EQ(show("true || u", u), "true");
  EXPECT_EQ(show("u || true", u), "true");
  EXPECT_EQ(show("true && u", u), "unknown(\"staff[2].sanctions\")");
  EXPECT_EQ(show("1 / 0 == 1 || u", u), "unknown(\"staff[2].sanctions\")");
  EXPECT_EQ(show("u && 1 / 0 == 1", u), "unknown(\"staff[2].sanctions\")");
  EXPECT_EQ(show("1 / 0 == 1 || true"), "true");
  EXPECT_EQ(show("1 / 0 == 1 && false"), "false");
  EXPECT_EQ(show("1 / 0 == 1 || false"), "error(\"除数为零\")");
  EXPECT_EQ(show("dyn(1) || false"), "error(\"运算符 '||' 不能用于 int\")");
}

TEST(CelEval, UnknownsMergeAcrossOperands) {
  std::vector<Binding> two = {{"a", Value::unknown("a")}, {"b", Value::unknown("b")}};
  EXPECT_EQ(show("a + b", two), "unknown(\"a\", \"b\")");
  EXPECT_EQ(show("a && b", two), "unknown(\"a\", \"b\")");
  EXPECT_EQ(show("[a, b][0]", two), "unknown(\"a\")");
  EXPECT_EQ(show("[a, 1 / 0]", two), "error(\"除数为零\")");
  EXPECT_EQ(show("{'k': a}", two), "{\"k\": unknown(\"a\")}");
  EXPECT_EQ(show("{a: 1}", two), "unknown(\"a\")");
  EXPECT_EQ(show("a.f.g", two), "unknown(\"a\")");
  EXPECT_EQ(show("size(a)", two), "unknown(\"a\")");
  EXPECT_EQ(show("a == 1 / 0", two), "unknown(\"a\")");
  EXPECT_EQ(show("a in [1]", two), "unknown(\"a\")");
}

TEST(CelEval, LiteralsHoldingUnknownsCompareUnknown) {
  std::vector<Binding> u = {{"u", k_unknown}, {"l", Value::list({Value::integer(1), k_unknown})}};
  EXPECT_EQ(show("[u, 1] == [2, 1]", u), "unknown(\"staff[2].sanctions\")");
  EXPECT_EQ(show("[u, 1] != [2, 1]", u), "unknown(\"staff[2].sanctions\")");
  EXPECT_EQ(show("[u, 1] == [2, 3]", u), "false");
  EXPECT_EQ(show("[u, 1] != [2, 3]", u), "true");
  EXPECT_EQ(show("[u] == [1, 2]", u), "false");
  EXPECT_EQ(show("{'a': u, 'b': 1} == {'b': 1, 'a': 2}", u), "unknown(\"staff[2].sanctions\")");
  EXPECT_EQ(show("{'a': u, 'b': 1} == {'b': 2, 'a': 2}", u), "false");
  EXPECT_EQ(show("{'a': [u]} != {'a': [0]}", u), "unknown(\"staff[2].sanctions\")");
  EXPECT_EQ(show("l == [1, 2]", u), "unknown(\"staff[2].sanctions\")");
  EXPECT_EQ(show("l == [0, 2]", u), "false");
  // `in` compares the same way: a match wins, else an unknown candidate.
  EXPECT_EQ(show("[1, 2] in [[u, 2], [1, 3]]", u), "unknown(\"staff[2].sanctions\")");
  EXPECT_EQ(show("[1, 2] in [[u, 2], [1, 2]]", u), "true");
  EXPECT_EQ(show("1 in l", u), "true");
  EXPECT_EQ(show("2 in l", u), "unknown(\"staff[2].sanctions\")");
  EXPECT_EQ(show("[3] in [[u, 2]]", u), "false");
}

TEST(CelEval, ConditionalOnlyEvaluatesTheChosenBranch) {
  std::vector<Binding> u = {{"u", k_unknown}};
  EXPECT_EQ(show("true ? 1 : u", u), "1");
  EXPECT_EQ(show("false ? 1 / 0 : 2"), "2");
  EXPECT_EQ(show("u ? 1 : 2", u), "unknown(\"staff[2].sanctions\")");
  EXPECT_EQ(show("dyn(1) ? 1 : 2"), "error(\"条件表达式需要 bool, 而不是 int\")");
}

TEST(CelEval, ListAndMapLiterals) {
  EXPECT_EQ(show("[1, 'a', [2u]]"), "[1, \"a\", [2u]]");
  EXPECT_EQ(show("{'b': 1, 'a': 2}"), "{\"b\": 1, \"a\": 2}");
  EXPECT_EQ(show("{1: 1, 1u: 2}"), "error(\"重复的键 1u\")");
  EXPECT_EQ(show("{1.5: 1}"), "error(\"不支持的键类型 decimal\")");
  EXPECT_EQ(show("{1e0: 1}"), "error(\"不支持的键类型 double\")");
  EXPECT_EQ(show("[1, 1 / 0]"), "error(\"除数为零\")");
  EXPECT_EQ(show("{x: 1}", {{"x", str("k")}}), "{\"k\": 1}");
}

TEST(CelEval, UnboundVariableIsAnErrorValue) {
  Environment env;
  env.variables = {{"x", Type::dyn()}};
  Compiled compiled = compile("x", env);
  EXPECT_EQ(to_literal(evaluate(*compiled.program, Activation())), "error(\"变量 'x' 没有值\")");
}

}  // namespace
}  // namespace shifan
