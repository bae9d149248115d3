#include "fact_types.h"

#include <string>
#include <utility>
#include <vector>

namespace shifan::detail {

Type fact_type(const FactSpec& spec, std::string_view name) {
  if (!spec.type_known) {
    return Type::dyn();
  }
  switch (spec.type) {
    case FactType::record: {
      std::vector<std::pair<std::string, Type>> fields;
      for (const auto& [field_name, field] : spec.fields) {
        fields.emplace_back(field_name, fact_type(field, field_name));
      }
      return Type::record(std::string(name), std::move(fields));
    }
    case FactType::list:
      return Type::list(spec.items ? fact_type(*spec.items, name) : Type::dyn());
    case FactType::boolean:
      return Type::boolean();
    case FactType::integer:
      return Type::integer();
    case FactType::number:
      return Type::decimal();
    case FactType::string:
    case FactType::enumeration:
      return Type::string();
    case FactType::date:
      return Type::date();
  }
  return Type::dyn();
}

namespace {

// The type all `values` share, or dyn (also for none).
template <typename Range, typename Get>
Type common_type(const Range& values, Get get) {
  Type common;
  bool first = true;
  for (const auto& entry : values) {
    Type type = value_type(get(entry));
    if (first) {
      common = type;
      first = false;
    } else if (!(common == type)) {
      return Type::dyn();
    }
  }
  return common;
}

}  // namespace

Type value_type(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::bool_type:
      return Type::boolean();
    case Value::Kind::int_type:
      return Type::integer();
    case Value::Kind::uint_type:
      return Type::unsigned_integer();
    case Value::Kind::double_type:
      return Type::real();
    case Value::Kind::decimal_type:
      return Type::decimal();
    case Value::Kind::string_type:
      return Type::string();
    case Value::Kind::bytes_type:
      return Type::bytes();
    case Value::Kind::date_type:
      return Type::date();
    case Value::Kind::list_type:
      return Type::list(common_type(value.as_list(), [](const Value& v) -> const Value& { return v; }));
    case Value::Kind::map_type:
      return Type::map(Type::string(),
                       common_type(value.as_map(), [](const auto& e) -> const Value& { return e.second; }));
    default:
      return Type::dyn();
  }
}

}  // namespace shifan::detail
