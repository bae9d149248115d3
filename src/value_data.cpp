#include "value_data.h"

namespace shifan::detail {

MapData::MapData(MapEntries map_entries) : entries(std::move(map_entries)) {
  if (entries.size() <= k_linear_limit) {
    return;
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].first.kind() == Value::Kind::string_type) {
      index.emplace(entries[i].first.as_string(), i);
    }
  }
}

const Value* MapData::find(std::string_view key) const {
  if (entries.size() <= k_linear_limit) {
    for (const auto& [k, v] : entries) {
      if (k.kind() == Value::Kind::string_type && k.as_string() == key) {
        return &v;
      }
    }
    return nullptr;
  }
  auto it = index.find(key);
  return it == index.end() ? nullptr : &entries[it->second].second;
}

}  // namespace shifan::detail
