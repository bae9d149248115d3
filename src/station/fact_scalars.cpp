#include <algorithm>
#include <cstdlib>

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

Value integer(const Node& node, const FactSpec& spec, const FactPath& path,
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

Value number(const Node& node, const FactSpec& spec, const FactPath& path,
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
  return Value::decimal(value->hundredths(), 2);
}

Value enumeration(const Node& node, const FactSpec& spec, const FactPath& path,
                  FactContext& context) {
  std::optional<std::string> text = as_string(node, context.source, context.diagnostics);
  if (!text) {
    return Value::unknown(path.str());
  }
  if (std::find(spec.values.begin(), spec.values.end(), *text) != spec.values.end()) {
    return Value::string(*text);
  }
  std::string allowed;
  for (const std::string& value : spec.values) {
    allowed += (allowed.empty() ? "" : ", ") + value;
  }
  context.report(node.mark, "'" + *text + "' 不是允许的值 (" + allowed + ")" +
                                did_you_mean(*text, spec.values));
  return Value::unknown(path.str());
}

Value date(const Node& node, const FactPath& path, FactContext& context) {
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
    context.report(node.mark, "无效的日期 '" + *text + "'");
    return Value::unknown(path.str());
  }
  context.dates.push_back({*value, node.mark});
  return Value::date(*value);
}

}  // namespace

Value validate_scalar(const Node& node, const FactSpec& spec, const FactPath& path,
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
    case FactType::string:
    case FactType::record:
    case FactType::list: break;
  }
  std::optional<std::string> value = as_string(node, context.source, context.diagnostics);
  return value ? Value::string(*value) : Value::unknown(path.str());
}

}  // namespace shifan::detail
