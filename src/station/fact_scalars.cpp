#include <algorithm>
#include <cstdlib>
#include <utility>

#include <fmt/format.h>

#include "cell_text.h"
#include "fact_validator.h"
#include "suggest.h"

namespace shifan::detail {

namespace {

// A number's text as shown in a message: at most 20 characters.
std::string shortened(const std::string& text) {
  return text.size() <= 20 ? text
                           : text.substr(0, 16) + "… (" + std::to_string(text.size()) + " 个字符)";
}

// -1, 0, 1 as `value` is below, equal to or above `bound`, exactly.
int compare(std::int64_t value, Decimal bound) {
  std::int64_t whole = bound.hundredths() / 100;
  std::int64_t cents = bound.hundredths() % 100;
  if (value != whole) {
    return value < whole ? -1 : 1;
  }
  return cents == 0 ? 0 : (cents > 0 ? -1 : 1);
}

int compare(Decimal value, Decimal bound) {
  return value == bound ? 0 : (value < bound ? -1 : 1);
}

// min, max and positive for a value written as `text`.
template <typename Number>
bool check_bounds(Number value, const std::string& text, const FactSpec& spec, Mark mark,
                  FactContext& context) {
  std::size_t before = context.diagnostics.size();
  if (spec.min && compare(value, *spec.min) < 0) {
    context.report(mark, "数值 " + text + " 小于下限 " + spec.min->str());
  }
  if (spec.max && compare(value, *spec.max) > 0) {
    context.report(mark, "数值 " + text + " 超过上限 " + spec.max->str());
  }
  if (spec.positive && compare(value, Decimal()) <= 0) {
    context.report(mark, "数值 " + text + " 应大于 0");
  }
  return context.diagnostics.size() == before;
}

Value integer(const Node& node, const FactSpec& spec, const PathTrail& path,
              FactContext& context) {
  std::optional<std::int64_t> value = as_int(node, context.source, context.diagnostics);
  if (!value) {
    return Value::unknown(path.str());
  }
  std::string text = std::to_string(*value);
  // Like numbers, at most 10^12: rules may multiply counts (B6's
  // `disputes_resolved * 100`) without overflowing.
  constexpr std::int64_t k_largest = 1'000'000'000'000;
  if (*value > k_largest || *value < -k_largest) {
    context.report(node.mark, "数值 " + text + " 过大");
    return Value::unknown(path.str());
  }
  bool ok = check_bounds(*value, text, spec, node.mark, context);
  std::string magnitude = text.substr(text[0] == '-' ? 1 : 0);
  if (spec.digits > 0 && magnitude.size() != static_cast<std::size_t>(spec.digits)) {
    context.report(node.mark, "整数 " + text + " 应为 " + std::to_string(spec.digits) + " 位");
    ok = false;
  }
  return ok ? Value::integer(*value) : Value::unknown(path.str());
}

// A percentage (max 100, labelled "%" or named "…percent") given as a
// fraction, 0.97 for 97: a warning, since 0.97% is possible but unlikely.
void check_fraction_for_percent(Decimal value, const std::string& text, const FactSpec& spec,
                                const PathTrail& path, Mark mark, FactContext& context) {
  bool percent = spec.max && *spec.max == Decimal::from_hundredths(10000) &&
                 (spec.label.find('%') != std::string::npos || path.str().ends_with("percent"));
  if (percent && value > Decimal() && value < Decimal::from_hundredths(100)) {
    context.warn(mark, fmt::format("{} 为 {}, 是否应为 {}? (百分数请写 0–100 之间的数)",
                                   spec.label.empty() ? path.str() : spec.label, text,
                                   Decimal::from_hundredths(value.hundredths() * 100).str()));
  }
}

// A string fact with expected values: another value is a warning with a did-you-mean.
Value string_value(const Node& node, const FactSpec& spec, const PathTrail& path, FactContext& context) {
  std::optional<std::string> text = as_string(node, context.source, context.diagnostics);
  if (!text) {
    return Value::unknown(path.str());
  }
  const std::vector<std::string>& known = spec.expected;
  if (!known.empty() && std::find(known.begin(), known.end(), *text) == known.end()) {
    std::string what = spec.label.empty() ? "取值" : spec.label;
    context.warn(node.mark, fmt::format("'{}' 不是细则列出的{}{}; 如是细则之外的{}, 可以保留", *text, what,
                                        did_you_mean(*text, known), what));
  }
  return Value::string(std::move(*text));
}

Value number(const Node& node, const FactSpec& spec, const PathTrail& path,
             FactContext& context) {
  std::optional<std::string> text = as_decimal_text(node, context.source, context.diagnostics);
  if (!text) {
    return Value::unknown(path.str());
  }
  auto [value, error] = Decimal::read(*text);
  bool too_precise = error == DecimalError::too_precise;
  if (!value && !too_precise) {
    context.report(node.mark, "数值 " + shortened(*text) + " 过大");
    return Value::unknown(path.str());
  }
  std::int64_t step = spec.step.hundredths();
  if (too_precise || (step > 0 && value->hundredths() % step != 0)) {
    context.report(node.mark, "数值 " + *text +
                                  (step == 1 ? " 最多两位小数"
                                             : " 应为 " + spec.step.str() + " 的倍数"));
    return Value::unknown(path.str());
  }
  if (!check_bounds(*value, *text, spec, node.mark, context)) {
    return Value::unknown(path.str());
  }
  check_fraction_for_percent(*value, *text, spec, path, node.mark, context);
  return Value::decimal(value->hundredths(), 2);
}

Value enumeration(const Node& node, const FactSpec& spec, const PathTrail& path,
                  FactContext& context) {
  std::optional<std::string> text = as_string(node, context.source, context.diagnostics);
  if (!text) {
    return Value::unknown(path.str());
  }
  if (std::find(spec.values.begin(), spec.values.end(), *text) != spec.values.end()) {
    return Value::string(std::move(*text));
  }
  std::string allowed;
  for (const std::string& value : spec.values) {
    allowed += (allowed.empty() ? "" : ", ") + value;
  }
  context.report(node.mark, "'" + *text + "' 不是允许的值 (" + allowed + ")" +
                                did_you_mean(*text, spec.values));
  return Value::unknown(path.str());
}

Value date(const Node& node, const PathTrail& path, FactContext& context) {
  std::optional<std::string> text;
  if (node.kind == Node::Kind::scalar) {
    text = node.text;  // 2024-05-20 and "2024-05-20" alike; 20240520 is no date either
  } else {
    text = as_string(node, context.source, context.diagnostics);
  }
  if (!text) {
    return Value::unknown(path.str());
  }
  std::optional<Date> value = parse_date(*text);
  if (!value) {
    // 2024/3/5, 2024.3.5, 2024年3月5日: say how to write it, with this date when it is one.
    std::optional<Date> typed = parse_date(date_text(*text));
    bool iso_form = text->size() == 10 && (*text)[4] == '-' && (*text)[7] == '-';
    std::string hint = iso_form ? "" : "; 日期请写作 YYYY-MM-DD, 如 " + (typed ? format_date(*typed) : "2024-03-05");
    context.report(node.mark, "无效的日期 '" + *text + "'" + hint);
    return Value::unknown(path.str());
  }
  context.dates.push_back({*value, node.mark});
  return Value::date(*value);
}

}  // namespace

Value validate_scalar(const Node& node, const FactSpec& spec, const PathTrail& path,
                      FactContext& context) {
  switch (spec.type) {
    case FactType::boolean: {
      if (context.source.is_workbook() && scalar_type(node) != ScalarType::boolean) {
        context.report(node.mark, "应为 是/否, 实际为 '" + node.text + "'");
        return Value::unknown(path.str());
      }
      std::optional<bool> value = as_bool(node, context.source, context.diagnostics);
      return value ? Value::boolean(*value) : Value::unknown(path.str());
    }
    case FactType::integer: return integer(node, spec, path, context);
    case FactType::number: return number(node, spec, path, context);
    case FactType::enumeration: return enumeration(node, spec, path, context);
    case FactType::date: return date(node, path, context);
    case FactType::string: return string_value(node, spec, path, context);
    case FactType::record:
    case FactType::list: break;
  }
  std::optional<std::string> value = as_string(node, context.source, context.diagnostics);
  return value ? Value::string(std::move(*value)) : Value::unknown(path.str());
}

}  // namespace shifan::detail
