#include "position_map.h"

#include <algorithm>

#include "utf8.h"

namespace shifan::detail {

PositionMap::PositionMap(std::string_view text) : m_text(text) {
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      m_line_starts.push_back(i + 1);
    }
  }
}

Mark PositionMap::mark(std::size_t offset) {
  offset = std::min(offset, m_text.size());
  auto after = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  std::size_t line_index = static_cast<std::size_t>(after - m_line_starts.begin()) - 1;
  int line = static_cast<int>(line_index) + 1;
  std::size_t pos = m_line_starts[line_index];
  int column = 1;
  if (m_cursor.line == line && m_cursor_offset <= offset) {
    pos = m_cursor_offset;
    column = m_cursor.column;
  }
  while (pos < offset) {
    decode_code_point(m_text, pos);
    ++column;
  }
  // A malformed sequence may have carried pos past offset; offsets the readers
  // give are always on character boundaries, so this only guards the cursor.
  m_cursor_offset = pos;
  m_cursor = Mark{line, column};
  return m_cursor;
}

}  // namespace shifan::detail
