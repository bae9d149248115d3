// One table per enum: each value with its name in files and JSON and its
// Chinese label. Every printer, parser and reader of an enum goes through its
// table, so a renamed or added value changes one place.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shifan {

// One row of an enum's table.
template <typename E>
struct EnumName {
  E value;
  const char* name;   // in rubric and station files and in JSON: "not_eligible"
  const char* label;  // for a person: "不符合"
};

// Specialized beside each enum E, with
//   static constexpr std::array<EnumName<E>, N> entries = {{...}};
// listing every value once (checked by `lists_every_value`).
template <typename E>
struct EnumTable;

// Whether the table lists each value of a dense enum (0 .. N-1) exactly once;
// for a static_assert beside the table.
template <typename E>
constexpr bool lists_every_value() {
  const auto& entries = EnumTable<E>::entries;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    std::size_t found = 0;
    for (const EnumName<E>& entry : entries) {
      found += static_cast<std::size_t>(entry.value) == i ? 1 : 0;
    }
    if (found != 1) {
      return false;
    }
  }
  return true;
}

// The table's row for `value`; the static_assert beside each table makes it exist.
template <typename E>
constexpr const EnumName<E>& enum_entry(E value) {
  for (const EnumName<E>& entry : EnumTable<E>::entries) {
    if (entry.value == value) {
      return entry;
    }
  }
  return EnumTable<E>::entries.front();
}

// The value's name in files and JSON ("met").
template <typename E>
constexpr const char* enum_name(E value) {
  return enum_entry(value).name;
}

// The value's Chinese label ("满分").
template <typename E>
constexpr const char* enum_label(E value) {
  return enum_entry(value).label;
}

// The value named `name`, or nullopt.
template <typename E>
constexpr std::optional<E> enum_from_name(std::string_view name) {
  for (const EnumName<E>& entry : EnumTable<E>::entries) {
    if (name == entry.name) {
      return entry.value;
    }
  }
  return std::nullopt;
}

// Every name in table order, for key checks, "可用: ..." lists and did-you-mean.
template <typename E>
std::vector<std::string> enum_names() {
  std::vector<std::string> names;
  for (const EnumName<E>& entry : EnumTable<E>::entries) {
    names.emplace_back(entry.name);
  }
  return names;
}

}  // namespace shifan
