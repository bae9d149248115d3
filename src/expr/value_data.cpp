#include "value_data.h"

namespace shifan::detail {

MapData::MapData(MapEntries map_entries) : entries(std::move(map_entries)) {
  if (entries.size() <= k_linear_limit) {
    return;
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (const Value& key = entries[i].first; key.kind() == Value::Kind::string_type) {
      index.emplace(key.as_string(), i);
    }
  }
}

const Value* MapData::find_and_hint(std::string_view key, std::uint32_t& hint) const {
  const std::size_t found = find_index(key);
  if (found == k_not_found) {
    return nullptr;
  }
  hint = static_cast<std::uint32_t>(found);
  return &entries[found].second;
}

std::size_t MapData::find_index(std::string_view key) const {
  if (entries.size() <= k_linear_limit) {
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (has_key(i, key)) {
        return i;
      }
    }
    return k_not_found;
  }
  auto it = index.find(key);
  return it == index.end() ? k_not_found : it->second;
}

}  // namespace shifan::detail
