#include "shifan/value.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <unordered_map>

#include "value_data.h"

namespace shifan {

namespace {

const MapEntries k_empty_map;
const std::vector<std::string> k_no_paths;

template <typename T>
const T& payload_as(const std::shared_ptr<const void>& payload) {
  return *static_cast<const T*>(payload.get());
}

}  // namespace

Value Value::boolean(bool value) {
  Value v;
  v.m_kind = Kind::bool_type;
  v.m_scalar.b = value;
  return v;
}

Value Value::integer(std::int64_t value) {
  Value v;
  v.m_kind = Kind::int_type;
  v.m_scalar.i = value;
  return v;
}

Value Value::unsigned_integer(std::uint64_t value) {
  Value v;
  v.m_kind = Kind::uint_type;
  v.m_scalar.u = value;
  return v;
}

Value Value::real(double value) {
  Value v;
  v.m_kind = Kind::double_type;
  v.m_scalar.d = value;
  return v;
}

Value Value::decimal(std::int64_t coefficient, int scale) {
  Value v;
  v.m_kind = Kind::decimal_type;
  v.m_scale = static_cast<std::uint8_t>(std::clamp(scale, 0, k_max_decimal_scale));
  v.m_scalar.i = coefficient;
  return v;
}

Value Value::date(Date value) {
  Value v;
  v.m_kind = Kind::date_type;
  v.m_scalar.date = value;
  return v;
}

Value Value::string(std::string value) {
  Value v;
  v.m_kind = Kind::string_type;
  v.m_payload = std::make_shared<const std::string>(std::move(value));
  return v;
}

Value Value::bytes(std::string value) {
  Value v = string(std::move(value));
  v.m_kind = Kind::bytes_type;
  return v;
}

Value Value::type(std::string name) {
  Value v = string(std::move(name));
  v.m_kind = Kind::type_type;
  return v;
}

Value Value::error(std::string message) {
  Value v = string(std::move(message));
  v.m_kind = Kind::error;
  return v;
}

Value Value::list(std::vector<Value> elements) {
  Value v;
  v.m_kind = Kind::list_type;
  v.m_payload = std::make_shared<const std::vector<Value>>(std::move(elements));
  return v;
}

Value Value::map(MapEntries entries) {
  Value v;
  v.m_kind = Kind::map_type;
  v.m_payload = std::make_shared<const detail::MapData>(std::move(entries));
  return v;
}

Value Value::unknown(std::string attribute_path) {
  Value v;
  v.m_kind = Kind::unknown;
  v.m_payload = std::make_shared<const std::vector<std::string>>(
      std::vector<std::string>{std::move(attribute_path)});
  return v;
}

Value Value::borrowed(const Value& value) {
  Value v;
  v.m_kind = value.m_kind;
  v.m_scale = value.m_scale;
  v.m_scalar = value.m_scalar;
  v.m_payload = std::shared_ptr<const void>(std::shared_ptr<const void>(), value.m_payload.get());
  return v;
}

Value Value::merge_unknowns(const Value& a, const Value& b) {
  if (!a.is_unknown()) {
    return b;
  }
  if (!b.is_unknown() || a.m_payload == b.m_payload) {
    return a;
  }
  std::vector<std::string> paths = a.unknown_paths();
  for (const std::string& path : b.unknown_paths()) {
    if (paths.size() >= k_max_unknown_paths) {
      break;
    }
    if (std::find(paths.begin(), paths.end(), path) == paths.end()) {
      paths.push_back(path);
    }
  }
  if (paths.size() == a.unknown_paths().size()) {
    return a;
  }
  Value v;
  v.m_kind = Kind::unknown;
  v.m_payload = std::make_shared<const std::vector<std::string>>(std::move(paths));
  return v;
}

const MapEntries& Value::as_map() const {
  assert(m_kind == Kind::map_type);
  return m_payload ? payload_as<detail::MapData>(m_payload).entries : k_empty_map;
}

const std::vector<std::string>& Value::unknown_paths() const {
  return m_kind == Kind::unknown ? payload_as<std::vector<std::string>>(m_payload) : k_no_paths;
}

const Value* Value::find(std::string_view key) const {
  if (m_kind != Kind::map_type) {
    return nullptr;
  }
  return payload_as<detail::MapData>(m_payload).find(key);
}

const Value* Value::find(std::string_view key, std::uint32_t& hint) const {
  if (m_kind != Kind::map_type) {
    return nullptr;
  }
  return map_data().find(key, hint);
}

const Value* Value::find(const Value& key) const {
  if (m_kind != Kind::map_type) {
    return nullptr;
  }
  if (key.kind() == Kind::string_type) {
    return find(std::string_view(key.as_string()));
  }
  for (const auto& [k, v] : as_map()) {
    if (k.kind() != Kind::string_type && k == key) {
      return &v;
    }
  }
  return nullptr;
}

std::string_view type_name(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::null_type: return "null_type";
    case Value::Kind::bool_type: return "bool";
    case Value::Kind::int_type: return "int";
    case Value::Kind::uint_type: return "uint";
    case Value::Kind::double_type: return "double";
    case Value::Kind::decimal_type: return "decimal";
    case Value::Kind::string_type: return "string";
    case Value::Kind::bytes_type: return "bytes";
    case Value::Kind::list_type: return "list";
    case Value::Kind::map_type: return "map";
    case Value::Kind::type_type: return "type";
    case Value::Kind::date_type: return "date";
    case Value::Kind::error: return "error";
    case Value::Kind::unknown: return "unknown";
  }
  return "unknown";
}

}  // namespace shifan
