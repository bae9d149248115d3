// The shared payload of a map value.
#pragma once

#include <string_view>
#include <unordered_map>

#include "shifan/value.h"

namespace shifan::detail {

// Small maps are searched linearly; larger ones keep a hash index of their
// string keys.
struct MapData {
  static constexpr std::size_t k_linear_limit = 12;

  explicit MapData(MapEntries map_entries);
  // The value of the first entry whose key is the string `key`.
  const Value* find(std::string_view key) const;

  MapEntries entries;
  std::unordered_map<std::string_view, std::size_t> index;
};

}  // namespace shifan::detail
