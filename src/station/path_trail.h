// PathTrail: where a value sits while a station file is checked, as a chain
// of steps on the stack; its FactPath is built only when a message or an
// unknown value names it (most values never need their path).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "fact_path.h"

namespace shifan::detail {

class PathTrail {
 public:
  // The top level itself (its path prints as "").
  PathTrail() = default;

  // This trail and one more step. The new trail refers to this one (and to
  // `name`'s characters): both must outlive it.
  PathTrail field(std::string_view name) const { return PathTrail(this, name, 0, false); }
  PathTrail index(std::size_t index) const { return PathTrail(this, {}, index, true); }

  // The same path as FactPath's own field and index steps would build.
  FactPath path() const;
  std::string str() const { return path().str(); }

 private:
  PathTrail(const PathTrail* parent, std::string_view name, std::size_t index, bool is_index)
      : m_parent(parent), m_name(name), m_index(index), m_is_index(is_index) {}

  const PathTrail* m_parent = nullptr;  // nullptr: the top level
  std::string_view m_name;              // a field step's name
  std::size_t m_index = 0;              // a list entry step's index
  bool m_is_index = false;
};

}  // namespace shifan::detail
