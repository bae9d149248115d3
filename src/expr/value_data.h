// The shared payload of a map value.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "shifan/value.h"

namespace shifan::detail {

// Small maps are searched linearly; larger ones keep a hash index of their
// string keys.
struct MapData {
  static constexpr std::size_t k_linear_limit = 12;

  explicit MapData(MapEntries map_entries);
  // The value of the first entry whose key is the string `key`.
  const Value* find(std::string_view key) const;
  // The same, trying entry `hint` first and setting it to where `key` was.
  const Value* find(std::string_view key, std::uint32_t& hint) const;

  // The index of the first entry whose key is the string `key`.
  static constexpr std::size_t k_not_found = static_cast<std::size_t>(-1);
  std::size_t find_index(std::string_view key) const;

  MapEntries entries;
  // The text of each string key (a null view for other keys), contiguous so
  // that a small map is scanned without chasing pointers.
  std::vector<std::string_view> string_keys;
  std::unordered_map<std::string_view, std::size_t> index;
};

}  // namespace shifan::detail
