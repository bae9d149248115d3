#include "cel_checker.h"
#include "suggest.h"

#include <gtest/gtest.h>

#include "expr_test_support.h"

namespace shifan {
namespace {

using testing::compile_error;

Type staff_type() {
  return Type::record("Staff", {{"name", Type::string()}, {"full_time", Type::boolean()}});
}

TEST(CelChecker, UnknownVariableSuggestsDeclaredName) {
  EXPECT_EQ(compile_error("size(staf) > 2", {{"staff", Type::list(staff_type())}}),
            "<expr>:1:6: 未知的变量 'staf' (是否想写 'staff'?)\n  "
            "size(staf) > 2\n  "
            "     ^");
  EXPECT_EQ(compile_error("zzz", {{"staff", Type::dyn()}}),
            "<expr>:1:1: 未知的变量 'zzz'\n  zzz\n  ^");
}

TEST(CelChecker, FunctionsAndArity) {
  EXPECT_EQ(compile_error("size(1, 2)"), "<expr>:1:1: 函数 'size' 需要 1 个参数\n  size(1, 2)\n  ^");
  EXPECT_EQ(compile_error("'a'.contains()"),
            "<expr>:1:5: 函数 'contains' 需要 1 个参数\n  'a'.contains()\n      ^");
  EXPECT_EQ(compile_error("sise([])"),
            "<expr>:1:1: 未知的函数 'sise' (是否想写 'size'?)\n  sise([])\n  ^");
  EXPECT_EQ(compile_error("contains('a', 'b')"),
            "<expr>:1:1: 函数 'contains' 只能以方法形式调用, 如 x.contains(...)\n  contains('a', 'b')\n  ^");
  EXPECT_EQ(compile_error("1.int()"), "<expr>:1:3: 函数 'int' 不能以方法形式调用\n  1.int()\n    ^");
}

TEST(CelChecker, ObviousTypeErrors) {
  EXPECT_EQ(compile_error("\"a\" + 1"), "<expr>:1:5: 运算符 '+' 不能用于 string 和 int\n  \"a\" + 1\n      ^");
  EXPECT_EQ(compile_error("!1"), "<expr>:1:1: 运算符 '!' 不能用于 int\n  !1\n  ^");
  EXPECT_EQ(compile_error("true && 1"), "<expr>:1:9: 运算符 '&&' 需要 bool, 而不是 int\n  true && 1\n          ^");
  EXPECT_EQ(compile_error("1 ? 2 : 3"), "<expr>:1:1: 条件表达式 需要 bool, 而不是 int\n  1 ? 2 : 3\n  ^");
  EXPECT_EQ(compile_error("x < 'a'", {{"x", Type::integer()}}),
            "<expr>:1:3: 运算符 '<' 不能用于 int 和 string\n  x < 'a'\n    ^");
  EXPECT_EQ(compile_error("[1].all(x, x)"),
            "<expr>:1:12: all() 的条件 需要 bool, 而不是 int\n  [1].all(x, x)\n             ^");
}

TEST(CelChecker, ComparisonsThatCanNeverBeEqual) {
  auto vars = std::vector<std::pair<std::string, Type>>{{"station.class", Type::string()},
                                                        {"disputes", Type::integer()},
                                                        {"staff", Type::list(staff_type())}};
  EXPECT_EQ(compile_error("station.class != 1", vars),
            "<expr>:1:15: 运算符 '!=' 两边的类型不同 (string 和 int), 永远不会相等\n  "
            "station.class != 1\n                ^");
  EXPECT_EQ(compile_error("disputes == \"0\"", vars),
            "<expr>:1:10: 运算符 '==' 两边的类型不同 (int 和 string), 永远不会相等\n  "
            "disputes == \"0\"\n           ^");
  EXPECT_NE(compile_error("staff == 'a'", vars), "");
  EXPECT_NE(compile_error("staff[0] != [1]", vars), "");
  EXPECT_NE(compile_error("date('2024-01-01') == '2024-01-01'", vars), "");
}

TEST(CelChecker, ComparisonsThatMayBeEqual) {
  auto vars = std::vector<std::pair<std::string, Type>>{{"x", Type::dyn()},
                                                        {"n", Type::integer()},
                                                        {"staff", Type::list(staff_type())}};
  for (const char* text : {"n == 1u", "n != 1.5", "1u == 2.0", "x == 'a'", "n == x", "n != null", "null == 'a'",
                           "[1, 'a'] == ['a']", "[] == [1]", "[1] == [2.0]", "{'a': 1} == {'a': 1u}",
                           "staff[0] == {'name': 'a'}", "type(n) == int", "staff == []", "staff == [1]",
                           "{'a': 1} == {'a': 'b'}"}) {
    EXPECT_EQ(compile_error(text, vars), "") << text;
  }
}

TEST(CelChecker, MisspeltMacroSuggestsTheMacroOnly) {
  auto vars = std::vector<std::pair<std::string, Type>>{{"staff", Type::list(staff_type())}};
  EXPECT_EQ(compile_error("staff.exist(s, s.full_time)", vars),
            "<expr>:1:7: 未知的函数 'exist' (是否想写 'exists'?)\n  "
            "staff.exist(s, s.full_time)\n        ^");
  EXPECT_EQ(compile_error("staff.filtr(s, s.full_time && s.nme == 'a')", vars),
            "<expr>:1:33: 'Staff' 没有字段 'nme' (是否想写 'name'?)\n  "
            "staff.filtr(s, s.full_time && s.nme == 'a')\n"
            "                                  ^")
      << "mistakes inside the arguments are still reported";
  EXPECT_EQ(compile_error("staff.exists(s, t)", vars),
            "<expr>:1:17: 未知的变量 't' (是否想写 's'?)\n  staff.exists(s, t)\n                  ^");
}

TEST(CelChecker, DynIsNeverAnError) {
  EXPECT_EQ(compile_error("x + 1 && !x", {{"x", Type::dyn()}}), "");
  EXPECT_EQ(compile_error("dyn('a') + 1"), "");
}

TEST(CelChecker, RecordFields) {
  auto vars = std::vector<std::pair<std::string, Type>>{{"staff", Type::list(staff_type())}};
  EXPECT_EQ(compile_error("staff.all(s, s.full_tim)", vars),
            "<expr>:1:16: 'Staff' 没有字段 'full_tim' (是否想写 'full_time'?)\n  "
            "staff.all(s, s.full_tim)\n  "
            "               ^");
  EXPECT_EQ(compile_error("staff.all(s, has(s.name) && s.full_time)", vars), "");
  EXPECT_EQ(compile_error("staff[0].name + 1", vars),
            "<expr>:1:15: 运算符 '+' 不能用于 string 和 int\n  staff[0].name + 1\n                ^");
}

TEST(CelChecker, ResultType) {
  Environment env;
  env.variables = {{"staff", Type::list(staff_type())}};
  EXPECT_EQ(compile("staff.filter(s, s.full_time)", env).result_type.to_string(), "list(Staff)");
  EXPECT_EQ(compile("staff.map(s, s.name)", env).result_type.to_string(), "list(string)");
  EXPECT_EQ(compile("size(staff) > 1", env).result_type.to_string(), "bool");
  EXPECT_EQ(compile("{'a': 1}", env).result_type.to_string(), "map(string, int)");
}

TEST(CelChecker, UncheckedTurnsProblemsIntoRuntimeErrors) {
  Environment env;
  env.unchecked = true;
  Compiled compiled = compile("nope || true", env);
  ASSERT_TRUE(compiled.program);
  EXPECT_EQ(to_literal(evaluate(*compiled.program, Activation())), "true");
  compiled = compile("f(1)", env);
  EXPECT_EQ(to_literal(evaluate(*compiled.program, Activation())), "error(\"未知的函数 'f'\")");
}

// The field paths `text` reads, its variables dyn.
std::vector<std::string> fields(std::string_view text, std::vector<std::string> names) {
  Environment env;
  for (std::string& name : names) {
    env.variables.emplace_back(std::move(name), Type::dyn());
  }
  Compiled compiled = compile(text, env);
  EXPECT_TRUE(compiled.program) << text;
  return compiled.program ? compiled.program->fields_read() : std::vector<std::string>();
}

using Paths = std::vector<std::string>;

TEST(CelChecker, FieldsReadThroughFilteredLists) {
  // Anhui A9: the trainings filtered, then mapped to hours and summed.
  EXPECT_EQ(fields("staff.all(s, sum(s.trainings.filter(t, t.date > d).map(t, "
                   "has(t.days) ? t.days * 7.5 : t.hours)) >= 90.0)",
                   {"staff", "d"}),
            (Paths{"staff.trainings", "staff.trainings.date", "staff.trainings.days",
                   "staff.trainings.hours"}));
  EXPECT_EQ(fields("l.filter(x, x.a).filter(y, y.b).all(z, z.c)", {"l"}), (Paths{"l.a", "l.b", "l.c"}));
  EXPECT_EQ(fields("l.filter(x, x.a).exists(y, y.b) || l.filter(x, x.a).exists_one(y, y.c)", {"l"}),
            (Paths{"l.a", "l.b", "l.c"}));
  EXPECT_EQ(fields("l.filter(x, x.a)[0].b", {"l"}), (Paths{"l.a", "l.b"}));
  EXPECT_EQ(fields("size(l.filter(x, x.a).filter(y, y.b)) > 0", {"l"}), (Paths{"l.a", "l.b"}));
}

TEST(CelChecker, FieldsReadThroughMappedLists) {
  EXPECT_EQ(fields("l.map(x, x.sub).exists(y, y.g)", {"l"}), (Paths{"l.sub", "l.sub.g"}));
  EXPECT_EQ(fields("l.map(x, x.a, x).map(y, y.b)", {"l"}), (Paths{"l.a", "l.b"}));
  EXPECT_EQ(fields("l.map(x, x.items).all(i, i.all(j, j.n > 0))", {"l"}), (Paths{"l.items", "l.items.n"}));
  EXPECT_EQ(fields("min(l.filter(x, x.a).map(y, y.n)) < max(l.map(x, x.m))", {"l"}),
            (Paths{"l.a", "l.n", "l.m"}));
}

TEST(CelChecker, FieldsReadThroughOtherListBuilders) {
  EXPECT_EQ(fields("(c ? l : m.filter(x, x.a)).all(x, x.f)", {"c", "l", "m"}), (Paths{"m.a", "l.f", "m.f"}));
  EXPECT_EQ(fields("(l + m).exists(x, x.f)", {"l", "m"}), (Paths{"l.f", "m.f"}));
  EXPECT_EQ(fields("[l[0], m[1]].all(x, x.f)", {"l", "m"}), (Paths{"l.f", "m.f"}));
  EXPECT_EQ(fields("dyn(l).all(x, x.f)", {"l"}), (Paths{"l.f"}));
  // What a function computes is not a fact.
  EXPECT_EQ(fields("dyn(size(l)).f", {"l"}), Paths{});
}

TEST(CelChecker, JoinedPathsStayBounded) {
  // Each level doubles the paths a value could come from: l.a, l.b, l.a.a, ...
  std::string text = "l";
  for (int i = 0; i < 40; ++i) {
    text += ".map(x, dyn([x.a, x.b]))";
  }
  std::vector<std::string> read = fields(text, {"l"});
  ASSERT_FALSE(read.empty());
  EXPECT_EQ(read.front(), "l.a");
  EXPECT_LE(read.size(), 40u * 2 * 16);
}

TEST(CelChecker, UndeclaredNotesExplainAnUnknownName) {
  Environment env;
  env.variables = {{"later_too", Type::dyn()}};
  env.undeclared_notes = {{"later", "它在后面第 9 行才定义"}};
  Compiled compiled = compile("1 + later.x", env);
  ASSERT_EQ(compiled.diagnostics.size(), 1u);
  EXPECT_EQ(format_diagnostic(compiled.diagnostics[0]),
            "<expr>:1:5: 未知的变量 'later' (它在后面第 9 行才定义)\n  1 + later.x\n      ^");
  compiled = compile("later_to", env);
  EXPECT_EQ(compiled.diagnostics.at(0).message, "未知的变量 'later_to' (是否想写 'later_too'?)");
}

TEST(CelChecker, EditDistance) {
  EXPECT_EQ(detail::edit_distance("staf", "staff"), 1u);
  EXPECT_EQ(detail::edit_distance("", "abc"), 3u);
  EXPECT_EQ(detail::edit_distance("kitten", "sitting"), 3u);
}

}  // namespace
}  // namespace shifan
