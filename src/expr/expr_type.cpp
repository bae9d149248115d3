#include <fmt/format.h>

#include "shifan/expr.h"

namespace shifan {

namespace detail {

struct TypeData {
  std::vector<Type> parameters;  // list: element; map: key, value
  std::string name;              // record
  std::vector<std::pair<std::string, Type>> fields;
};

}  // namespace detail

namespace {

const std::string k_no_name;
const std::vector<std::pair<std::string, Type>> k_no_fields;

}  // namespace

Type Type::dyn() { return Type(); }

#define SHIFAN_SIMPLE_TYPE(factory, kind_name) \
  Type Type::factory() {                       \
    Type t;                                    \
    t.m_kind = Kind::kind_name;                \
    return t;                                  \
  }
SHIFAN_SIMPLE_TYPE(null_type, null_type)
SHIFAN_SIMPLE_TYPE(boolean, bool_type)
SHIFAN_SIMPLE_TYPE(integer, int_type)
SHIFAN_SIMPLE_TYPE(unsigned_integer, uint_type)
SHIFAN_SIMPLE_TYPE(real, double_type)
SHIFAN_SIMPLE_TYPE(decimal, decimal_type)
SHIFAN_SIMPLE_TYPE(string, string_type)
SHIFAN_SIMPLE_TYPE(bytes, bytes_type)
SHIFAN_SIMPLE_TYPE(date, date_type)
SHIFAN_SIMPLE_TYPE(type, type_type)
#undef SHIFAN_SIMPLE_TYPE

Type Type::list(Type element) {
  Type t;
  t.m_kind = Kind::list_type;
  t.m_data = std::make_shared<const detail::TypeData>(detail::TypeData{{std::move(element)}, {}, {}});
  return t;
}

Type Type::map(Type key, Type value) {
  Type t;
  t.m_kind = Kind::map_type;
  t.m_data = std::make_shared<const detail::TypeData>(
      detail::TypeData{{std::move(key), std::move(value)}, {}, {}});
  return t;
}

Type Type::record(std::string name, std::vector<std::pair<std::string, Type>> fields) {
  Type t;
  t.m_kind = Kind::record;
  t.m_data = std::make_shared<const detail::TypeData>(
      detail::TypeData{{}, std::move(name), std::move(fields)});
  return t;
}

Type Type::element() const {
  return m_kind == Kind::list_type ? m_data->parameters[0] : Type();
}

Type Type::key() const {
  if (m_kind == Kind::record) {
    return string();
  }
  return m_kind == Kind::map_type ? m_data->parameters[0] : Type();
}

Type Type::value() const {
  return m_kind == Kind::map_type ? m_data->parameters[1] : Type();
}

const std::string& Type::record_name() const {
  return m_kind == Kind::record ? m_data->name : k_no_name;
}

const std::vector<std::pair<std::string, Type>>& Type::fields() const {
  return m_kind == Kind::record ? m_data->fields : k_no_fields;
}

const Type* Type::field(std::string_view name) const {
  for (const auto& [field_name, type] : fields()) {
    if (field_name == name) {
      return &type;
    }
  }
  return nullptr;
}

std::string Type::to_string() const {
  switch (m_kind) {
    case Kind::dyn: return "dyn";
    case Kind::null_type: return "null_type";
    case Kind::bool_type: return "bool";
    case Kind::int_type: return "int";
    case Kind::uint_type: return "uint";
    case Kind::double_type: return "double";
    case Kind::decimal_type: return "decimal";
    case Kind::string_type: return "string";
    case Kind::bytes_type: return "bytes";
    case Kind::date_type: return "date";
    case Kind::type_type: return "type";
    case Kind::list_type: return fmt::format("list({})", element().to_string());
    case Kind::map_type: return fmt::format("map({}, {})", key().to_string(), value().to_string());
    case Kind::record: return record_name();
  }
  return "dyn";
}

bool operator==(const Type& a, const Type& b) {
  if (a.m_kind != b.m_kind) {
    return false;
  }
  switch (a.m_kind) {
    case Type::Kind::list_type:
    case Type::Kind::map_type: return a.m_data->parameters == b.m_data->parameters;
    case Type::Kind::record: return a.m_data->name == b.m_data->name;
    default: return true;
  }
}

}  // namespace shifan
