// The date extension: date("2024-05-20"), add_years/months/days, year/month/day.
#include <fmt/format.h>

#include "cel_builtins.h"

namespace shifan::detail {

namespace {

using Kind = Value::Kind;
using Args = std::span<const Value* const>;
using Adder = std::optional<Date> (*)(const Date&, std::int64_t);

Value make_date(Args args, Budget&) {
  const Value& v = *args[0];
  if (v.kind() == Kind::date_type) {
    return v;
  }
  if (v.kind() != Kind::string_type) {
    return overload_error(*find_builtin("date", false, 1), args);
  }
  auto date = parse_date(v.as_string());
  if (!date) {
    return Value::error(fmt::format("无效的日期 {} (应为 YYYY-MM-DD 格式的真实日期)", to_literal(v)));
  }
  return Value::date(*date);
}

template <int Which>
Value add_to_date(Args args, Budget&) {
  static constexpr std::string_view k_names[] = {"add_years", "add_months", "add_days"};
  static constexpr Adder k_adders[] = {add_years, add_months, add_days};
  if (args[0]->kind() != Kind::date_type || args[1]->kind() != Kind::int_type) {
    return overload_error(*find_builtin(k_names[Which], true, 2), args);
  }
  auto result = k_adders[Which](args[0]->as_date(), args[1]->as_int());
  if (!result) {
    return Value::error("日期超出范围 (0001-01-01 至 9999-12-31)");
  }
  return Value::date(*result);
}

template <int Which>
Value date_part(Args args, Budget&) {
  static constexpr std::string_view k_names[] = {"year", "month", "day"};
  if (args[0]->kind() != Kind::date_type) {
    return overload_error(*find_builtin(k_names[Which], true, 1), args);
  }
  const Date date = args[0]->as_date();
  return Value::integer(Which == 0 ? date.year : Which == 1 ? date.month : date.day);
}

using K = Type::Kind;

Type date_rule(std::span<const Type> args, std::string& problem) {
  const K k = args[0].kind();
  if (!args[0].is_dyn() && k != K::string_type && k != K::date_type) {
    problem = overload_problem("date", args);
  }
  return Type::date();
}

template <int Which>
Type add_rule(std::span<const Type> args, std::string& problem) {
  static constexpr std::string_view k_names[] = {"add_years", "add_months", "add_days"};
  if ((!args[0].is_dyn() && args[0].kind() != K::date_type) ||
      (!args[1].is_dyn() && args[1].kind() != K::int_type)) {
    problem = overload_problem(k_names[Which], args);
  }
  return Type::date();
}

template <int Which>
Type part_rule(std::span<const Type> args, std::string& problem) {
  static constexpr std::string_view k_names[] = {"year", "month", "day"};
  if (!args[0].is_dyn() && args[0].kind() != K::date_type) {
    problem = overload_problem(k_names[Which], args);
  }
  return Type::integer();
}

}  // namespace

void add_date_builtins(std::vector<Builtin>& out) {
  out.push_back({"date", "date", true, false, 1, make_date, date_rule});
  out.push_back({"add_years", "add_years", false, true, 2, add_to_date<0>, add_rule<0>});
  out.push_back({"add_months", "add_months", false, true, 2, add_to_date<1>, add_rule<1>});
  out.push_back({"add_days", "add_days", false, true, 2, add_to_date<2>, add_rule<2>});
  out.push_back({"year", "year", false, true, 1, date_part<0>, part_rule<0>});
  out.push_back({"month", "month", false, true, 1, date_part<1>, part_rule<1>});
  out.push_back({"day", "day", false, true, 1, date_part<2>, part_rule<2>});
}

}  // namespace shifan::detail
