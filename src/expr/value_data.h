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
    return i < entries.size() && has_key(i, key) ? &entries[i].second : nullptr;
  }
  // Whether entry `i`'s key is the string `key`.
  bool has_key(std::size_t i, std::string_view key) const {
    const Value& k = entries[i].first;
    return k.kind() == Value::Kind::string_type && same_text(k.as_string(), key);
  }

  // The index of the first entry whose key is the string `key`.
  static constexpr std::size_t k_not_found = static_cast<std::size_t>(-1);
  std::size_t find_index(std::string_view key) const;

  // Keys are read in place: a side table of key views would cost every map
  // a second allocation, and stations build thousands of small maps.
  MapEntries entries;
  std::unordered_map<std::string_view, std::size_t> index;

 private:
  [[gnu::noinline]] const Value* find_and_hint(std::string_view key, std::uint32_t& hint) const;
};

}  // namespace shifan::detail
