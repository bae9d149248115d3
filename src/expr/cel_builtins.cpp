#include "cel_builtins.h"

#include <fmt/format.h>

namespace shifan::detail {

namespace {

const std::vector<Builtin>& registry() {
  static const std::vector<Builtin> k_builtins = [] {
    std::vector<Builtin> all;
    add_operator_builtins(all);
    add_conversion_builtins(all);
    add_function_builtins(all);
    add_date_builtins(all);
    add_text_builtins(all);
    return all;
  }();
  return k_builtins;
}

bool is_operator(std::string_view display) {
  return display == "in" || (!display.empty() && !(display[0] >= 'a' && display[0] <= 'z') &&
         !(display[0] >= 'A' && display[0] <= 'Z'));
}

std::string describe_kinds(std::span<const std::string_view> kinds, bool is_op) {
  if (kinds.size() == 1) {
    return std::string(kinds[0]);
  }
  if (is_op && kinds.size() == 2) {
    return fmt::format("{} 和 {}", kinds[0], kinds[1]);
  }
  return fmt::format("({})", fmt::join(kinds, ", "));
}

std::string problem_text(std::string_view display, std::span<const std::string_view> kinds) {
  const bool is_op = is_operator(display);
  return fmt::format("{} '{}' 不能用于 {}", is_op ? "运算符" : "函数", display,
                     describe_kinds(kinds, is_op));
}

}  // namespace

Value budget_error(const Budget& budget) {
  return Value::error(fmt::format("求值步数超出上限 ({} 步)", budget.limit()));
}

const Builtin* find_builtin(std::string_view name, bool member, std::size_t argc) {
  for (const Builtin& builtin : registry()) {
    if (builtin.name == name && builtin.arity == argc && (member ? builtin.member : builtin.global)) {
      return &builtin;
    }
  }
  return nullptr;
}

std::string describe_call_problem(std::string_view name, bool member, std::size_t argc) {
  bool known = false;
  bool style_known = false;
  for (const Builtin& builtin : registry()) {
    if (builtin.name != name) {
      continue;
    }
    known = true;
    if (member ? builtin.member : builtin.global) {
      style_known = true;
      const std::size_t expected = builtin.arity - (member ? 1 : 0);
      if (builtin.arity != argc) {
        return fmt::format("函数 '{}' 需要 {} 个参数", name, expected);
      }
    }
  }
  if (!known) {
    return fmt::format("未知的函数 '{}'", name);
  }
  if (!style_known) {
    return member ? fmt::format("函数 '{}' 不能以方法形式调用", name)
                  : fmt::format("函数 '{}' 只能以方法形式调用, 如 x.{}(...)", name, name);
  }
  return fmt::format("函数 '{}' 的参数个数不对", name);
}

std::vector<std::string_view> builtin_function_names() {
  std::vector<std::string_view> names;
  for (const Builtin& builtin : registry()) {
    if (!is_operator(builtin.display)) {
      names.push_back(builtin.name);
    }
  }
  return names;
}

Value overload_error(const Builtin& builtin, std::span<const Value* const> args) {
  std::vector<std::string_view> kinds;
  for (const Value* arg : args) {
    kinds.push_back(type_name(arg->kind()));
  }
  return Value::error(problem_text(builtin.display, kinds));
}

std::string overload_problem(std::string_view display, std::span<const Type> args) {
  std::vector<std::string> names;
  for (const Type& type : args) {
    names.push_back(type.to_string());
  }
  std::vector<std::string_view> views(names.begin(), names.end());
  return problem_text(display, views);
}

}  // namespace shifan::detail
