// Byte offsets in a text to 1-based line and code-point column marks.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "shifan/document.h"

namespace shifan::detail {

// Marks for byte offsets of one text. Cheap for offsets asked in increasing
// order (a cursor is kept), so a reader that asks for every node stays linear
// even on a single very long line. The text must outlive the map.
class PositionMap {
 public:
  explicit PositionMap(std::string_view text);

  // An offset past the end gives the position just after the last character.
  Mark mark(std::size_t offset);

 private:
  std::string_view m_text;
  std::vector<std::size_t> m_line_starts;
  std::size_t m_cursor_offset = 0;  // a known position: offset and its mark
  Mark m_cursor{1, 1};
};

}  // namespace shifan::detail
