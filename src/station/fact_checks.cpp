#include <algorithm>

#include "fact_validator.h"

namespace shifan::detail {

namespace {

const Value* field_value(const MapEntries& fields, std::string_view name) {
  for (const auto& [key, value] : fields) {
    if (key.as_string() == name) {
      return &value;
    }
  }
  return nullptr;
}

bool is_number(const Value* value) {
  return value != nullptr &&
         (value->kind() == Value::Kind::int_type || value->kind() == Value::Kind::decimal_type);
}

// Exact for ints and for the decimals of hundredths a `number` fact holds.
bool greater(const Value& a, const Value& b) {
  auto hundredths = [](const Value& v) {
    return v.kind() == Value::Kind::int_type ? static_cast<long double>(v.as_int()) * 100
                                             : static_cast<long double>(v.decimal_coefficient());
  };
  return hundredths(a) > hundredths(b);
}

const FactSpec* field_spec(const FactSpec& record, std::string_view name) {
  for (const auto& [key, spec] : record.fields) {
    if (key == name) {
      return &spec;
    }
  }
  return nullptr;
}

std::string name_of(const FactSpec& spec, const std::string& name) {
  return spec.label.empty() ? name : spec.label;
}

}  // namespace

void check_at_most(const Node& mapping, const FactSpec& spec, const MapEntries& fields,
                   FactContext& context) {
  for (const auto& [name, field] : spec.fields) {
    if (field.at_most.empty()) {
      continue;
    }
    const Value* value = field_value(fields, name);
    const Value* limit = field_value(fields, field.at_most);
    const FactSpec* limit_spec = field_spec(spec, field.at_most);
    if (!is_number(value) || !is_number(limit) || limit_spec == nullptr ||
        !greater(*value, *limit)) {
      continue;
    }
    const Node* node = mapping.find(name);
    const Node* limit_node = mapping.find(field.at_most);
    context.report(node->mark, name_of(field, name) + " " + node->text + " 不能多于" +
                                   name_of(*limit_spec, field.at_most) + " " + limit_node->text);
  }
}

const Value* value_at(const Facts& facts, std::string_view path) {
  if (path.find('[') != std::string_view::npos) {
    return find_value(facts, FactPath::of(std::string(path)));  // index steps: the full parser
  }
  const Value* value = nullptr;
  for (bool first = true; first || (value != nullptr && !path.empty()); first = false) {
    std::size_t dot = path.find('.');
    std::string_view name = path.substr(0, dot);
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
    if (name.empty() || (dot != std::string_view::npos && path.empty())) {
      return nullptr;  // "", "a..b", "a.": no path
    }
    if (first) {
      auto fact = std::find_if(facts.begin(), facts.end(), [&](const auto& entry) { return entry.first == name; });
      value = fact == facts.end() ? nullptr : &fact->second;
    } else {
      value = value->kind() == Value::Kind::map_type ? value->find(name) : nullptr;
    }
  }
  return value;
}

void check_dates(const Facts& facts, const FactPath& assessed_on, FactContext& context) {
  const Value* reference = find_value(facts, assessed_on);
  if (reference == nullptr || reference->kind() != Value::Kind::date_type) {
    return;
  }
  Date limit = reference->as_date();
  for (const DatedFact& dated : context.dates) {
    if (dated.date > limit) {
      context.report(dated.mark, "日期 " + format_date(dated.date) + " 晚于评定基准日 " +
                                     format_date(limit));
    }
  }
}

}  // namespace shifan::detail
