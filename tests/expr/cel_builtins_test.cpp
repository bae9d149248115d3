#include "cel_builtins.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

TEST(CelBuiltins, LookupByNameStyleAndArity) {
  ASSERT_NE(find_builtin("size", false, 1), nullptr);
  ASSERT_NE(find_builtin("size", true, 1), nullptr);
  EXPECT_EQ(find_builtin("size", false, 2), nullptr);
  EXPECT_EQ(find_builtin("contains", false, 2), nullptr);
  EXPECT_NE(find_builtin("contains", true, 2), nullptr);
  EXPECT_EQ(find_builtin("nope", false, 1), nullptr);
}

TEST(CelBuiltins, DescribesCallProblems) {
  EXPECT_EQ(describe_call_problem("size", false, 2), "函数 'size' 需要 1 个参数");
  EXPECT_EQ(describe_call_problem("contains", true, 1), "函数 'contains' 需要 1 个参数");
  EXPECT_EQ(describe_call_problem("f", false, 1), "未知的函数 'f'");
}

TEST(CelBuiltins, OverloadMessages) {
  Value a = Value::string("a");
  Value one = Value::integer(1);
  const Value* args[] = {&a, &one};
  EXPECT_EQ(overload_error(*find_builtin("_+_", false, 2), args).error_message(),
            "运算符 '+' 不能用于 string 和 int");
  EXPECT_EQ(overload_error(*find_builtin("contains", true, 2), args).error_message(),
            "函数 'contains' 不能用于 (string, int)");
  EXPECT_EQ(overload_error(*find_builtin("@in", false, 2), args).error_message(),
            "运算符 'in' 不能用于 string 和 int");
}

TEST(CelBuiltins, BudgetRunsOut) {
  Budget budget(5);
  EXPECT_TRUE(budget.spend(3));
  EXPECT_FALSE(budget.spend(3));
  EXPECT_EQ(budget.steps_left(), 0u);
  EXPECT_EQ(budget_error(budget).error_message(), "求值步数超出上限 (5 步)");
  EXPECT_EQ(budget_error(Budget()).error_message(), "求值步数超出上限 (10000000 步)");
}

TEST(CelBuiltins, FunctionNamesExcludeOperators) {
  auto names = builtin_function_names();
  EXPECT_NE(std::find(names.begin(), names.end(), "size"), names.end());
  EXPECT_EQ(std::find(names.begin(), names.end(), "_+_"), names.end());
}

}  // namespace
}  // namespace shifan::detail
