// The shared payload of a map value.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "same_text.h"
#include "shifan/value.h"

namespace shifan::detail {

// Small maps are searched linearly; larger ones keep a hash index of their
// string keys. A hinted lookup tries one entry first, whatever the size.
struct MapData {
  static constexpr std::size_t k_linear_limit = 12;

  explicit MapData(MapEntries map_entries);
  // The value of the first entry whose key is the string `key`.
  const Value* find(std::string_view key) const {
    const std::size_t found = find_index(key);
    return found == k_not_found ? nullptr : &entries[found].second;
  }
  // The same, trying entry `hint` first and setting it to where `key` was.
  // Inline: maps of one shape (every staff member) hit the hint.
  const Value* find(std::string_view key, std::uint32_t& hint) const {
    const Value* found = at_hint(key, hint);
    return found != nullptr ? found : find_and_hint(key, hint);
  }
  // The value of entry `i` if its key is the string `key`; else nullptr.
  const Value* at_hint(std::string_view key, std::uint32_t i) const {
    if (i < string_keys.size() && string_keys[i].data() != nullptr && same_text(string_keys[i], key)) {
      return &entries[i].second;
    }
    return nullptr;
  }

  // The index of the first entry whose key is the string `key`.
  static constexpr std::size_t k_not_found = static_cast<std::size_t>(-1);
  std::size_t find_index(std::string_view key) const;

  MapEntries entries;
  // The text of each string key (a null view for other keys), contiguous so
  // that a small map is scanned without chasing pointers.
  std::vector<std::string_view> string_keys;
  std::unordered_map<std::string_view, std::size_t> index;

 private:
  [[gnu::noinline]] const Value* find_and_hint(std::string_view key, std::uint32_t& hint) const;
};

}  // namespace shifan::detail
