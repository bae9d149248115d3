// The shared payload of a map value.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "shifan/value.h"

namespace shifan::detail {

// Whether the first and the last sizeof(Word) bytes of p and q agree (n is
// at least sizeof(Word)).
template <typename Word>
bool same_ends(const char* p, const char* q, std::size_t n) {
  Word x, y, z, w;
  std::memcpy(&x, p, sizeof(Word));
  std::memcpy(&y, q, sizeof(Word));
  std::memcpy(&z, p + n - sizeof(Word), sizeof(Word));
  std::memcpy(&w, q + n - sizeof(Word), sizeof(Word));
  return x == y && z == w;
}

// String equality without a library call for short keys (the common case).
inline bool same_text(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) {
    return false;
  }
  const char* p = a.data();
  const char* q = b.data();
  if (n >= 8 && n <= 16) {
    return same_ends<std::uint64_t>(p, q, n);
  }
  if (n >= 4 && n < 8) {
    return same_ends<std::uint32_t>(p, q, n);
  }
  if (n < 4) {
    for (std::size_t i = 0; i < n; ++i) {
      if (p[i] != q[i]) {
        return false;
      }
    }
    return true;
  }
  return std::memcmp(p, q, n) == 0;
}

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
