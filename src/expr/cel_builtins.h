// The functions and operators of the expression language, looked up by the
// checker and called by the evaluator.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shifan/expr.h"
#include "shifan/value.h"

namespace shifan::detail {

// "求值步数超出上限 (N 步)" for the budget's limit.
Value budget_error(const Budget& budget);

// Arguments are never errors, nor unknowns unless the builtin `sees_unknowns`
// (the evaluator handles those).
using BuiltinFn = Value (*)(std::span<const Value* const> args, Budget& budget);
// The result type for argument types; sets `problem` to a message when the
// known (non-dyn) argument types cannot work.
using TypeRule = Type (*)(std::span<const Type> args, std::string& problem);

struct Builtin {
  std::string_view name;     // "_+_", "size"
  std::string_view display;  // "+", "size": how messages name it
  bool global = true;        // f(x)
  bool member = false;       // x.f()
  std::size_t arity = 1;     // including the receiver
  BuiltinFn fn = nullptr;
  TypeRule type_rule = nullptr;
  bool sees_unknowns = false;  // called with unknown arguments (known()); errors still pass
};

// nullptr when no builtin has this name, style and arity.
const Builtin* find_builtin(std::string_view name, bool member, std::size_t argc);
// Why a call matches no builtin, e.g. "函数 'size' 需要 1 个参数".
std::string describe_call_problem(std::string_view name, bool member, std::size_t argc);
// Names of all functions callable by name (for did-you-mean).
std::vector<std::string_view> builtin_function_names();

// "运算符 '+' 不能用于 string 和 int" / "函数 'size' 不能用于 int".
Value overload_error(const Builtin& builtin, std::span<const Value* const> args);
std::string overload_problem(std::string_view display, std::span<const Type> args);

void add_operator_builtins(std::vector<Builtin>& out);
void add_conversion_builtins(std::vector<Builtin>& out);
void add_function_builtins(std::vector<Builtin>& out);
void add_date_builtins(std::vector<Builtin>& out);
void add_text_builtins(std::vector<Builtin>& out);

}  // namespace shifan::detail
