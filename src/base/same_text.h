// Equality of short strings (keys, names) without a library call.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

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

}  // namespace shifan::detail
