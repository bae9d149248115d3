#include "path_trail.h"

namespace shifan::detail {

FactPath PathTrail::path() const {
  if (m_parent == nullptr) {
    return FactPath();
  }
  FactPath parent = m_parent->path();
  return m_is_index ? parent.index(m_index) : parent.field(m_name);
}

}  // namespace shifan::detail
