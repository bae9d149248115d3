// Arithmetic, comparison, membership and indexing.
#include <cmath>
#include <fmt/format.h>

#include "cel_builtins.h"
#include "decimal_math.h"
#include "value_compare.h"

namespace shifan::detail {

namespace {

using Kind = Value::Kind;
using Args = std::span<const Value* const>;

Value overflow() { return Value::error("整数溢出"); }
Value divide_by_zero() { return Value::error("除数为零"); }

const Builtin& self(std::string_view name, std::size_t arity) {
  return *find_builtin(name, false, arity);
}

Value too_long(std::size_t limit, std::string_view what) {
  return Value::error(fmt::format("{}过大 (上限 {})", what, limit));
}

enum class Arithmetic { add, subtract, multiply, divide };

// `a op b` when one operand is a decimal and the other a number: exact with
// ints, uints and decimals; with a double, the decimal's nearest double and
// double arithmetic. nullopt otherwise.
std::optional<Value> decimal_arithmetic(Arithmetic op, const Value& a, const Value& b) {
  if ((a.kind() != Kind::decimal_type && b.kind() != Kind::decimal_type) || !is_number(a.kind()) ||
      !is_number(b.kind())) {
    return std::nullopt;
  }
  if (a.kind() == Kind::double_type || b.kind() == Kind::double_type) {
    const double x = a.kind() == Kind::double_type ? a.as_double() : decimal_to_double(a);
    const double y = b.kind() == Kind::double_type ? b.as_double() : decimal_to_double(b);
    switch (op) {
      case Arithmetic::add: return Value::real(x + y);
      case Arithmetic::subtract: return Value::real(x - y);
      case Arithmetic::multiply: return Value::real(x * y);
      case Arithmetic::divide: return Value::real(x / y);
    }
  }
  std::optional<DecimalParts> x = decimal_parts(a);
  std::optional<DecimalParts> y = decimal_parts(b);
  if (!x || !y) {
    return Value::error("小数溢出");
  }
  switch (op) {
    case Arithmetic::add: return decimal_add(*x, *y);
    case Arithmetic::subtract: return decimal_subtract(*x, *y);
    case Arithmetic::multiply: return decimal_multiply(*x, *y);
    case Arithmetic::divide: return decimal_divide(*x, *y);
  }
  return std::nullopt;
}

Value concatenate(const Value& a, const Value& b, Budget& budget) {
  if (a.kind() == Kind::list_type) {
    const std::size_t size = a.as_list().size() + b.as_list().size();
    if (size > k_max_list_size) {
      return too_long(k_max_list_size, "列表");
    }
    if (!budget.spend(size)) {
      return budget_error(budget);
    }
    std::vector<Value> out = a.as_list();
    out.insert(out.end(), b.as_list().begin(), b.as_list().end());
    return Value::list(std::move(out));
  }
  const std::size_t size = a.as_string().size() + b.as_string().size();
  if (size > k_max_string_bytes) {
    return too_long(k_max_string_bytes, "字符串");
  }
  if (!budget.spend(size / 64)) {
    return budget_error(budget);
  }
  std::string out = a.as_string() + b.as_string();
  return a.kind() == Kind::string_type ? Value::string(std::move(out)) : Value::bytes(std::move(out));
}

Value add(Args args, Budget& budget) {
  const Value& a = *args[0];
  const Value& b = *args[1];
  if (auto decimal = decimal_arithmetic(Arithmetic::add, a, b)) {
    return *decimal;
  }
  if (a.kind() != b.kind()) {
    return overload_error(self("_+_", 2), args);
  }
  switch (a.kind()) {
    case Kind::int_type: {
      std::int64_t r;
      return __builtin_add_overflow(a.as_int(), b.as_int(), &r) ? overflow() : Value::integer(r);
    }
    case Kind::uint_type: {
      std::uint64_t r;
      return __builtin_add_overflow(a.as_uint(), b.as_uint(), &r) ? overflow() : Value::unsigned_integer(r);
    }
    case Kind::double_type: return Value::real(a.as_double() + b.as_double());
    case Kind::string_type:
    case Kind::bytes_type:
    case Kind::list_type: return concatenate(a, b, budget);
    default: return overload_error(self("_+_", 2), args);
  }
}

Value subtract(Args args, Budget&) {
  const Value& a = *args[0];
  const Value& b = *args[1];
  if (auto decimal = decimal_arithmetic(Arithmetic::subtract, a, b)) {
    return *decimal;
  }
  if (a.kind() == b.kind()) {
    if (a.kind() == Kind::int_type) {
      std::int64_t r;
      return __builtin_sub_overflow(a.as_int(), b.as_int(), &r) ? overflow() : Value::integer(r);
    }
    if (a.kind() == Kind::uint_type) {
      std::uint64_t r;
      return __builtin_sub_overflow(a.as_uint(), b.as_uint(), &r) ? overflow() : Value::unsigned_integer(r);
    }
    if (a.kind() == Kind::double_type) {
      return Value::real(a.as_double() - b.as_double());
    }
  }
  return overload_error(self("_-_", 2), args);
}

Value multiply(Args args, Budget&) {
  const Value& a = *args[0];
  const Value& b = *args[1];
  if (auto decimal = decimal_arithmetic(Arithmetic::multiply, a, b)) {
    return *decimal;
  }
  if (a.kind() == b.kind()) {
    if (a.kind() == Kind::int_type) {
      std::int64_t r;
      return __builtin_mul_overflow(a.as_int(), b.as_int(), &r) ? overflow() : Value::integer(r);
    }
    if (a.kind() == Kind::uint_type) {
      std::uint64_t r;
      return __builtin_mul_overflow(a.as_uint(), b.as_uint(), &r) ? overflow() : Value::unsigned_integer(r);
    }
    if (a.kind() == Kind::double_type) {
      return Value::real(a.as_double() * b.as_double());
    }
  }
  return overload_error(self("_*_", 2), args);
}

// Division and modulo share their zero and overflow rules.
Value divide_or_modulo(Args args, bool modulo) {
  const Value& a = *args[0];
  const Value& b = *args[1];
  if (!modulo) {
    if (auto decimal = decimal_arithmetic(Arithmetic::divide, a, b)) {
      return *decimal;
    }
  }
  if (a.kind() == b.kind()) {
    if (a.kind() == Kind::int_type) {
      if (b.as_int() == 0) {
        return divide_by_zero();
      }
      if (a.as_int() == INT64_MIN && b.as_int() == -1) {
        return overflow();
      }
      return Value::integer(modulo ? a.as_int() % b.as_int() : a.as_int() / b.as_int());
    }
    if (a.kind() == Kind::uint_type) {
      if (b.as_uint() == 0) {
        return divide_by_zero();
      }
      return Value::unsigned_integer(modulo ? a.as_uint() % b.as_uint() : a.as_uint() / b.as_uint());
    }
    if (a.kind() == Kind::double_type && !modulo) {
      return Value::real(a.as_double() / b.as_double());
    }
  }
  return overload_error(self(modulo ? "_%_" : "_/_", 2), args);
}

Value divide(Args args, Budget&) { return divide_or_modulo(args, false); }
Value modulo(Args args, Budget&) { return divide_or_modulo(args, true); }

Value negate(Args args, Budget&) {
  const Value& a = *args[0];
  if (a.kind() == Kind::int_type) {
    return a.as_int() == INT64_MIN ? overflow() : Value::integer(-a.as_int());
  }
  if (a.kind() == Kind::double_type) {
    return Value::real(-a.as_double());
  }
  if (a.kind() == Kind::decimal_type) {
    return a.decimal_coefficient() == INT64_MIN ? Value::error("小数溢出")
                                                : Value::decimal(-a.decimal_coefficient(), a.decimal_scale());
  }
  return overload_error(self("-_", 1), args);
}

Value logical_not(Args args, Budget&) {
  if (args[0]->kind() != Kind::bool_type) {
    return overload_error(self("!_", 1), args);
  }
  return Value::boolean(!args[0]->as_bool());
}

// Unknown when the answer depends on an unknown inside a list or map.
Value equal(Args args, Budget&) { return equal_values(*args[0], *args[1]); }

Value not_equal(Args args, Budget&) {
  Value same = equal_values(*args[0], *args[1]);
  return same.is_unknown() ? same : Value::boolean(!same.as_bool());
}

template <int Op>
Value relation(Args args, Budget&) {
  static constexpr std::string_view k_names[] = {"_<_", "_<=_", "_>_", "_>=_"};
  auto order = compare_values(*args[0], *args[1]);
  if (!order) {
    return overload_error(self(k_names[Op], 2), args);
  }
  switch (Op) {
    case 0: return Value::boolean(*order < 0);
    case 1: return Value::boolean(*order <= 0);
    case 2: return Value::boolean(*order > 0);
    default: return Value::boolean(*order >= 0);
  }
}

Value contains_element(Args args, Budget& budget) {
  const Value& element = *args[0];
  const Value& container = *args[1];
  if (container.kind() == Kind::map_type) {
    return Value::boolean(container.find(element) != nullptr);
  }
  if (container.kind() != Kind::list_type) {
    return overload_error(self("@in", 2), args);
  }
  if (!budget.spend(container.as_list().size() / 16)) {
    return budget_error(budget);
  }
  Value unknowns;
  for (const Value& candidate : container.as_list()) {
    Value same = equal_values(candidate, element);
    if (same.is_unknown()) {
      unknowns = Value::merge_unknowns(unknowns, same);
    } else if (same.as_bool()) {
      return same;
    }
  }
  return unknowns.is_unknown() ? unknowns : Value::boolean(false);
}

// An integral list index as int64; nullopt when not a whole number.
std::optional<std::int64_t> list_index(const Value& index) {
  switch (index.kind()) {
    case Kind::int_type: return index.as_int();
    case Kind::uint_type:
      return index.as_uint() > INT64_MAX ? INT64_MAX : static_cast<std::int64_t>(index.as_uint());
    case Kind::double_type: {
      double d = index.as_double();
      if (std::trunc(d) != d || std::fabs(d) > 9e18) {
        return std::nullopt;
      }
      return static_cast<std::int64_t>(d);
    }
    case Kind::decimal_type: {
      Value whole = decimal_divide(*decimal_parts(index), DecimalParts{1, 0});
      if (whole.kind() != Kind::decimal_type || whole.decimal_scale() != 0) {
        return std::nullopt;
      }
      return whole.decimal_coefficient();
    }
    default: return std::nullopt;
  }
}

Value index(Args args, Budget&) {
  const Value& container = *args[0];
  const Value& key = *args[1];
  if (container.kind() == Kind::map_type) {
    if (const Value* found = container.find(key)) {
      return *found;
    }
    return Value::error(key.kind() == Kind::string_type
                            ? fmt::format("没有键 '{}'", key.as_string())
                            : fmt::format("没有键 {}", to_literal(key)));
  }
  if (container.kind() == Kind::list_type) {
    auto i = list_index(key);
    if (!i) {
      return overload_error(self("_[_]", 2), args);
    }
    const auto& list = container.as_list();
    if (*i < 0 || static_cast<std::uint64_t>(*i) >= list.size()) {
      return Value::error(fmt::format("下标 {} 越界 (列表长度 {})", *i, list.size()));
    }
    return list[static_cast<std::size_t>(*i)];
  }
  return overload_error(self("_[_]", 2), args);
}

bool numeric(Type::Kind k) {
  return k == Type::Kind::int_type || k == Type::Kind::uint_type || k == Type::Kind::double_type ||
         k == Type::Kind::decimal_type;
}

Type arithmetic_rule(std::span<const Type> args, std::string& problem, std::string_view display,
                     bool allow_sequences) {
  const Type& a = args[0];
  const Type& b = args[1];
  if (a.is_dyn() || b.is_dyn()) {
    return Type();
  }
  if (numeric(a.kind()) && numeric(b.kind()) &&
      (a.kind() == Type::Kind::decimal_type || b.kind() == Type::Kind::decimal_type)) {
    const bool real = a.kind() == Type::Kind::double_type || b.kind() == Type::Kind::double_type;
    return real ? Type::real() : Type::decimal();
  }
  const bool sequence = a.kind() == Type::Kind::string_type || a.kind() == Type::Kind::bytes_type ||
                        a.kind() == Type::Kind::list_type;
  if (a.kind() != b.kind() || !(numeric(a.kind()) || (allow_sequences && sequence))) {
    problem = overload_problem(display, args);
    return Type();
  }
  if (a.kind() == Type::Kind::list_type && !(a == b)) {
    return Type::list(Type());
  }
  return a;
}

Type add_rule(std::span<const Type> args, std::string& problem) {
  return arithmetic_rule(args, problem, "+", true);
}
Type subtract_rule(std::span<const Type> args, std::string& problem) {
  return arithmetic_rule(args, problem, "-", false);
}
Type multiply_rule(std::span<const Type> args, std::string& problem) {
  return arithmetic_rule(args, problem, "*", false);
}
Type divide_rule(std::span<const Type> args, std::string& problem) {
  return arithmetic_rule(args, problem, "/", false);
}
Type modulo_rule(std::span<const Type> args, std::string& problem) {
  Type result = arithmetic_rule(args, problem, "%", false);
  if (problem.empty() &&
      (result.kind() == Type::Kind::double_type || result.kind() == Type::Kind::decimal_type)) {
    problem = overload_problem("%", args);
  }
  return result;
}

Type negate_rule(std::span<const Type> args, std::string& problem) {
  const Type::Kind k = args[0].kind();
  if (!args[0].is_dyn() && k != Type::Kind::int_type && k != Type::Kind::double_type &&
      k != Type::Kind::decimal_type) {
    problem = overload_problem("-", args);
  }
  return args[0];
}

Type not_rule(std::span<const Type> args, std::string& problem) {
  if (!args[0].is_dyn() && args[0].kind() != Type::Kind::bool_type) {
    problem = overload_problem("!", args);
  }
  return Type::boolean();
}

Type bool_rule(std::span<const Type>, std::string&) { return Type::boolean(); }

Type relation_rule(std::span<const Type> args, std::string& problem) {
  const Type& a = args[0];
  const Type& b = args[1];
  if (a.is_dyn() || b.is_dyn() || (numeric(a.kind()) && numeric(b.kind()))) {
    return Type::boolean();
  }
  const Type::Kind k = a.kind();
  const bool ordered = k == Type::Kind::string_type || k == Type::Kind::bytes_type ||
                       k == Type::Kind::bool_type || k == Type::Kind::date_type;
  if (!ordered || a.kind() != b.kind()) {
    problem = overload_problem("<", args);
  }
  return Type::boolean();
}

// Whether values of these types can ever be equal: numbers compare across
// int, uint and double; dyn and null stand for anything; two lists, or two
// maps, may both be empty.
bool may_equal(const Type& a, const Type& b) {
  if (a.is_dyn() || b.is_dyn() || a.kind() == Type::Kind::null_type || b.kind() == Type::Kind::null_type ||
      (numeric(a.kind()) && numeric(b.kind()))) {
    return true;
  }
  auto mapping = [](Type::Kind k) { return k == Type::Kind::map_type || k == Type::Kind::record; };
  return a.kind() == b.kind() || (mapping(a.kind()) && mapping(b.kind()));
}

Type equality_rule(std::span<const Type> args, std::string& problem, std::string_view display) {
  if (!may_equal(args[0], args[1])) {
    problem = fmt::format("运算符 '{}' 两边的类型不同 ({} 和 {}), 永远不会相等", display, args[0].to_string(),
                          args[1].to_string());
  }
  return Type::boolean();
}

Type equal_rule(std::span<const Type> args, std::string& problem) { return equality_rule(args, problem, "=="); }
Type not_equal_rule(std::span<const Type> args, std::string& problem) {
  return equality_rule(args, problem, "!=");
}

Type index_rule(std::span<const Type> args, std::string& problem) {
  const Type& container = args[0];
  switch (container.kind()) {
    case Type::Kind::list_type: return container.element();
    case Type::Kind::map_type: return container.value();
    case Type::Kind::dyn:
    case Type::Kind::record: return Type();
    default: problem = overload_problem("[]", args); return Type();
  }
}

}  // namespace

void add_operator_builtins(std::vector<Builtin>& out) {
  out.push_back({"_+_", "+", true, false, 2, add, add_rule});
  out.push_back({"_-_", "-", true, false, 2, subtract, subtract_rule});
  out.push_back({"_*_", "*", true, false, 2, multiply, multiply_rule});
  out.push_back({"_/_", "/", true, false, 2, divide, divide_rule});
  out.push_back({"_%_", "%", true, false, 2, modulo, modulo_rule});
  out.push_back({"-_", "-", true, false, 1, negate, negate_rule});
  out.push_back({"!_", "!", true, false, 1, logical_not, not_rule});
  out.push_back({"_==_", "==", true, false, 2, equal, equal_rule});
  out.push_back({"_!=_", "!=", true, false, 2, not_equal, not_equal_rule});
  out.push_back({"_<_", "<", true, false, 2, relation<0>, relation_rule});
  out.push_back({"_<=_", "<=", true, false, 2, relation<1>, relation_rule});
  out.push_back({"_>_", ">", true, false, 2, relation<2>, relation_rule});
  out.push_back({"_>=_", ">=", true, false, 2, relation<3>, relation_rule});
  out.push_back({"@in", "in", true, false, 2, contains_element, bool_rule});
  out.push_back({"_[_]", "[]", true, false, 2, index, index_rule});
}

}  // namespace shifan::detail
