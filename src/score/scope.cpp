#include "scope.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "utf8.h"

namespace shifan::detail {

namespace {

constexpr int k_max_hole_code_points = 300;

// A hole's text as a reason shows it: past k_max_hole_code_points (a list of
// thousands of names), cut after the last whole entry that fits and marked.
std::string bounded(std::string text) {
  if (text.size() <= static_cast<std::size_t>(k_max_hole_code_points)) {
    return text;  // no more code points than bytes: nothing to cut, no need to count
  }
  std::string_view head = prefix_code_points(text, k_max_hole_code_points);
  if (head.size() == text.size()) {
    return text;
  }
  std::size_t comma = head.rfind(", ");
  std::size_t pause = head.rfind("、");
  std::size_t cut = comma == std::string_view::npos ? pause
                    : pause == std::string_view::npos ? comma
                                                      : std::max(comma, pause);
  return std::string(head.substr(0, cut == std::string_view::npos ? head.size() : cut)) + " 等 (以下从略)";
}

}  // namespace

Scope::Scope(const Rubric& rubric, const Station& station, ScoreOptions options) : m_options(options) {
  // Distinct names: the schema's facts, and the rubric loader refuses a
  // constant or let named like a fact or another constant or let.
  m_activation.reserve(station.facts.size() + rubric.constants.size() + rubric.lets.size() + 1);
  for (const auto& [name, value] : station.facts) {
    m_activation.add(name, value);
  }
  for (const auto& [name, value] : rubric.constants) {
    m_activation.add(name, value);
  }
  for (const Let& let : rubric.lets) {
    m_activation.add(let.name, evaluate(let.rule));
  }
  m_binds_score = m_activation.get("score") == nullptr;
}

Value Scope::evaluate(const Rule& rule) {
  std::uint64_t before = m_budget.steps_left();
  Value value = shifan::evaluate(*rule.program, m_activation, m_budget);
  m_text_budget.spend(before - m_budget.steps_left());
  return value;
}

Decision Scope::decide(const Rule& rule) {
  Value value = evaluate(rule);
  Truth truth = truth_of(value);
  if (truth == Truth::yes || truth == Truth::no) {
    return {truth, {}, {}};
  }
  return unusable(value, "条件的值不是布尔值");
}

std::string Scope::render(const Template& text, std::optional<Decimal> score) {
  if (m_binds_score) {
    m_activation.set("score", score ? Value::real(score->to_double()) : Value::unknown("score"));
  }
  std::string out = text.pieces.front();
  for (std::size_t i = 0; i < text.holes.size(); ++i) {
    out += bounded(display(shifan::evaluate(*text.holes[i].program, m_activation, m_text_budget)));
    out += text.pieces[i + 1];
  }
  return out;
}

std::string Scope::reason(const Template* chosen, std::optional<Decimal> score, const std::string& error) {
  std::string out = chosen ? render(*chosen, score) : std::string();
  if (!error.empty()) {
    out += (out.empty() ? "" : "; ") + std::string("规则求值出错: ") + error;
  }
  return out;
}

Truth truth_of(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::bool_type:
      return value.as_bool() ? Truth::yes : Truth::no;
    case Value::Kind::unknown:
      return Truth::unknown;
    default:
      return Truth::error;
  }
}

Decision unusable(const Value& value, std::string_view not_a_value) {
  if (value.is_unknown()) {
    return {Truth::unknown, value.unknown_paths(), {}};
  }
  return {Truth::error, {}, value.is_error() ? value.error_message() : std::string(not_a_value)};
}

std::string display(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::string_type:
      return value.as_string();
    case Value::Kind::double_type: {
      std::optional<Decimal> exact = Decimal::from_double(value.as_double());
      return exact ? exact->str() : fmt::format("{}", value.as_double());
    }
    case Value::Kind::decimal_type:
      return decimal_text(value);
    case Value::Kind::date_type:
      return format_date(value.as_date());
    case Value::Kind::bool_type:
      return value.as_bool() ? "是" : "否";
    case Value::Kind::unknown:
      return "未知";
    case Value::Kind::list_type: {
      std::string out;
      for (const Value& element : value.as_list()) {
        out += (out.empty() ? "" : "、") + display(element);
      }
      return out.empty() ? "无" : out;
    }
    default:
      return to_literal(value);
  }
}

}  // namespace shifan::detail
