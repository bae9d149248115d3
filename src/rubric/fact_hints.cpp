#include "fact_hints.h"

#include <fmt/format.h>

#include <vector>

namespace shifan::detail {

namespace {

std::string numeric(const FactSpec& spec) {
  std::vector<std::string> parts{enum_label(spec.type)};
  if (spec.positive) {
    parts.emplace_back("> 0");
  }
  if (spec.min) {
    parts.push_back("≥ " + spec.min->str());
  }
  if (spec.max) {
    parts.push_back("≤ " + spec.max->str());
  }
  if (!spec.at_most.empty()) {
    parts.push_back("不多于 " + spec.at_most);
  }
  if (spec.digits > 0) {
    parts.push_back(fmt::format("{} 位", spec.digits));
  }
  if (spec.type == FactType::number) {
    parts.push_back(spec.step == Decimal::from_hundredths(1) ? "最多两位小数" : "步长 " + spec.step.str());
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace

std::string allowed_values(const FactSpec& spec) {
  switch (spec.type) {
    case FactType::record:
      return "";
    case FactType::list: {
      bool scalars = spec.items != nullptr && spec.items->type != FactType::record;
      return scalars ? fmt::format("{} (每项: {}), 没有时写 []", enum_label(spec.type), allowed_values(*spec.items))
                     : fmt::format("{}, 没有时写 []", enum_label(spec.type));
    }
    case FactType::boolean:
      return "true | false";
    case FactType::integer:
    case FactType::number:
      return numeric(spec);
    case FactType::string:
      return enum_label(spec.type);
    case FactType::enumeration:
      return fmt::format("{}", fmt::join(spec.values, " | "));
    case FactType::date:
      return fmt::format("{} YYYY-MM-DD", enum_label(spec.type));
  }
  return "";
}

std::string fact_hint(const FactSpec& spec) {
  std::string hint = spec.label;
  if (spec.required) {
    hint += " (必填)";
  }
  std::string values = allowed_values(spec);
  if (!values.empty()) {
    hint += (hint.empty() ? "" : ": ") + values;
  }
  return hint;
}

}  // namespace shifan::detail
