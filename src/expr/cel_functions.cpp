// size, the string functions and the list aggregates sum, min and max.
#include <fmt/format.h>

#include "cel_builtins.h"
#include "decimal_math.h"
#include "utf8.h"
#include "value_compare.h"

namespace shifan::detail {

namespace {

using Kind = Value::Kind;
using Args = std::span<const Value* const>;

std::int64_t count_code_points(std::string_view text) {
  std::int64_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xc0) != 0x80) {
      ++count;
    }
  }
  return count;
}

Value size(Args args, Budget&) {
  const Value& v = *args[0];
  switch (v.kind()) {
    case Kind::string_type: return Value::integer(count_code_points(v.as_string()));
    case Kind::bytes_type: return Value::integer(static_cast<std::int64_t>(v.as_string().size()));
    case Kind::list_type: return Value::integer(static_cast<std::int64_t>(v.as_list().size()));
    case Kind::map_type: return Value::integer(static_cast<std::int64_t>(v.as_map().size()));
    default: return overload_error(*find_builtin("size", false, 1), args);
  }
}

template <int Which>
Value string_test(Args args, Budget&) {
  static constexpr std::string_view k_names[] = {"contains", "startsWith", "endsWith"};
  if (args[0]->kind() != Kind::string_type || args[1]->kind() != Kind::string_type) {
    return overload_error(*find_builtin(k_names[Which], true, 2), args);
  }
  std::string_view text = args[0]->as_string();
  std::string_view part = args[1]->as_string();
  switch (Which) {
    case 0: return Value::boolean(text.find(part) != std::string_view::npos);
    case 1: return Value::boolean(text.starts_with(part));
    default: return Value::boolean(text.ends_with(part));
  }
}

// The list argument of an aggregate, or an error value.
Value check_numbers(std::string_view name, Args args, Budget& budget) {
  if (args[0]->kind() != Kind::list_type) {
    return overload_error(*find_builtin(name, false, 1), args);
  }
  if (!budget.spend(args[0]->as_list().size() / 16)) {
    return budget_error(budget);
  }
  for (const Value& element : args[0]->as_list()) {
    if (!is_number(element.kind())) {
      return Value::error(fmt::format("{}() 的列表元素须为数字, 而不是 {}", name, type_name(element.kind())));
    }
  }
  return Value();
}

// The exact sum of ints, uints and decimals.
Value decimal_sum(const std::vector<Value>& numbers) {
  Value total = Value::decimal(0, 0);
  for (const Value& element : numbers) {
    std::optional<DecimalParts> addend = decimal_parts(element);
    if (!addend) {
      return Value::error("小数溢出");
    }
    total = decimal_add(*decimal_parts(total), *addend);
    if (total.is_error()) {
      return total;
    }
  }
  return total;
}

Value sum(Args args, Budget& budget) {
  Value problem = check_numbers("sum", args, budget);
  if (problem.is_error()) {
    return problem;
  }
  bool has_int = false, has_uint = false, has_double = false, has_decimal = false;
  for (const Value& element : args[0]->as_list()) {
    has_int |= element.kind() == Kind::int_type;
    has_uint |= element.kind() == Kind::uint_type;
    has_double |= element.kind() == Kind::double_type;
    has_decimal |= element.kind() == Kind::decimal_type;
  }
  if (has_double || (has_int && has_uint && !has_decimal)) {
    if (has_int && has_uint && !has_double) {
      return Value::error("sum() 不能混合 int 和 uint");
    }
    double total = 0;
    for (const Value& element : args[0]->as_list()) {
      total += element.kind() == Kind::double_type    ? element.as_double()
               : element.kind() == Kind::decimal_type ? decimal_to_double(element)
               : element.kind() == Kind::int_type     ? static_cast<double>(element.as_int())
                                                      : static_cast<double>(element.as_uint());
    }
    return Value::real(total);
  }
  if (has_decimal) {
    return decimal_sum(args[0]->as_list());
  }
  if (has_uint) {
    std::uint64_t total = 0;
    for (const Value& element : args[0]->as_list()) {
      if (__builtin_add_overflow(total, element.as_uint(), &total)) {
        return Value::error("整数溢出");
      }
    }
    return Value::unsigned_integer(total);
  }
  std::int64_t total = 0;
  for (const Value& element : args[0]->as_list()) {
    if (__builtin_add_overflow(total, element.as_int(), &total)) {
      return Value::error("整数溢出");
    }
  }
  return Value::integer(total);
}

template <bool Max>
Value extreme(Args args, Budget& budget) {
  const std::string_view name = Max ? "max" : "min";
  Value problem = check_numbers(name, args, budget);
  if (problem.is_error()) {
    return problem;
  }
  const auto& list = args[0]->as_list();
  if (list.empty()) {
    return Value::error(fmt::format("{}() 不能用于空列表", name));
  }
  const Value* best = &list[0];
  for (const Value& element : list) {
    auto order = compare_numbers(element, *best);
    if (Max ? order > 0 : order < 0) {
      best = &element;
    }
  }
  return *best;
}

using K = Type::Kind;

Type size_rule(std::span<const Type> args, std::string& problem) {
  const K k = args[0].kind();
  if (!args[0].is_dyn() && k != K::string_type && k != K::bytes_type && k != K::list_type &&
      k != K::map_type && k != K::record) {
    problem = overload_problem("size", args);
  }
  return Type::integer();
}

template <int Which>
Type string_test_rule(std::span<const Type> args, std::string& problem) {
  static constexpr std::string_view k_names[] = {"contains", "startsWith", "endsWith"};
  for (const Type& arg : args) {
    if (!arg.is_dyn() && arg.kind() != K::string_type) {
      problem = overload_problem(k_names[Which], args);
    }
  }
  return Type::boolean();
}

Type aggregate_rule(std::span<const Type> args, std::string& problem, std::string_view name) {
  if (!args[0].is_dyn() && args[0].kind() != K::list_type) {
    problem = overload_problem(name, args);
    return Type();
  }
  const Type element = args[0].element();
  if (!element.is_dyn() && element.kind() != K::int_type && element.kind() != K::uint_type &&
      element.kind() != K::double_type && element.kind() != K::decimal_type) {
    problem = overload_problem(name, args);
  }
  return element;
}

Type sum_rule(std::span<const Type> args, std::string& problem) {
  return aggregate_rule(args, problem, "sum");
}
Type min_rule(std::span<const Type> args, std::string& problem) {
  return aggregate_rule(args, problem, "min");
}
Type max_rule(std::span<const Type> args, std::string& problem) {
  return aggregate_rule(args, problem, "max");
}

// unknown("path"): a value the facts don't give (an extension for rubrics).
Value make_unknown(Args args, Budget&) {
  if (args[0]->kind() != Kind::string_type) {
    return overload_error(*find_builtin("unknown", false, 1), args);
  }
  return Value::unknown(args[0]->as_string());
}

Type unknown_rule(std::span<const Type> args, std::string& problem) {
  if (!args[0].is_dyn() && args[0].kind() != K::string_type) {
    problem = overload_problem("unknown", args);
  }
  return Type();
}

}  // namespace

void add_function_builtins(std::vector<Builtin>& out) {
  out.push_back({"size", "size", true, true, 1, size, size_rule});
  out.push_back({"contains", "contains", false, true, 2, string_test<0>, string_test_rule<0>});
  out.push_back({"startsWith", "startsWith", false, true, 2, string_test<1>, string_test_rule<1>});
  out.push_back({"endsWith", "endsWith", false, true, 2, string_test<2>, string_test_rule<2>});
  out.push_back({"sum", "sum", true, false, 1, sum, sum_rule});
  out.push_back({"min", "min", true, false, 1, extreme<false>, min_rule});
  out.push_back({"max", "max", true, false, 1, extreme<true>, max_rule});
  out.push_back({"unknown", "unknown", true, false, 1, make_unknown, unknown_rule});
}

}  // namespace shifan::detail
