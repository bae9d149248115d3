#include "value_data.h"

#include <cstdint>
#include <cstring>

namespace shifan::detail {

namespace {

// String equality without a library call for short keys (the common case).
bool same_text(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) {
    return false;
  }
  const char* p = a.data();
  const char* q = b.data();
  if (n >= 8 && n <= 16) {
    std::uint64_t x, y, z, w;
    std::memcpy(&x, p, 8);
    std::memcpy(&y, q, 8);
    std::memcpy(&z, p + n - 8, 8);
    std::memcpy(&w, q + n - 8, 8);
    return x == y && z == w;
  }
  if (n >= 4 && n < 8) {
    std::uint32_t x, y, z, w;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, q, 4);
    std::memcpy(&z, p + n - 4, 4);
    std::memcpy(&w, q + n - 4, 4);
    return x == y && z == w;
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

}  // namespace

MapData::MapData(MapEntries map_entries) : entries(std::move(map_entries)) {
  if (entries.size() <= k_linear_limit) {
    string_keys.reserve(entries.size());
    for (const auto& [k, v] : entries) {
      string_keys.push_back(k.kind() == Value::Kind::string_type ? std::string_view(k.as_string())
                                                                 : std::string_view());
    }
    return;
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].first.kind() == Value::Kind::string_type) {
      index.emplace(entries[i].first.as_string(), i);
    }
  }
}

const Value* MapData::find(std::string_view key, std::uint32_t& hint) const {
  const std::uint32_t i = hint;
  if (i < string_keys.size() && string_keys[i].size() == key.size() && string_keys[i].data() != nullptr &&
      same_text(string_keys[i], key)) {
    return &entries[i].second;
  }
  const std::size_t found = find_index(key);
  if (found == k_not_found) {
    return nullptr;
  }
  hint = static_cast<std::uint32_t>(found);
  return &entries[found].second;
}

const Value* MapData::find(std::string_view key) const {
  const std::size_t found = find_index(key);
  return found == k_not_found ? nullptr : &entries[found].second;
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
