#include "value_data.h"

namespace shifan::detail {

MapData::MapData(MapEntries map_entries) : entries(std::move(map_entries)) {
  string_keys.reserve(entries.size());
  for (const auto& [k, v] : entries) {
    string_keys.push_back(k.kind() == Value::Kind::string_type ? std::string_view(k.as_string())
                                                               : std::string_view());
  }
  if (entries.size() <= k_linear_limit) {
    return;
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (string_keys[i].data() != nullptr) {
      index.emplace(string_keys[i], i);
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
    for (std::size_t i = 0; i < string_keys.size(); ++i) {
      if (string_keys[i].size() == key.size() && string_keys[i].data() != nullptr &&
          same_text(string_keys[i], key)) {
        return i;
      }
    }
    return k_not_found;
  }
  auto it = index.find(key);
  return it == index.end() ? k_not_found : it->second;
}

}  // namespace shifan::detail
