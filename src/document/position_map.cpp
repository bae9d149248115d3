#include "position_map.h"

#include <algorithm>
#include <cstring>

#include "utf8.h"

namespace shifan::detail {

PositionMap::PositionMap(std::string_view text) : m_text(text) {
  m_line_starts.push_back(0);
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    m_line_starts.push_back(i + 1);
  }
}

Mark PositionMap::mark(std::size_t offset) {
  offset = std::min(offset, m_text.size());
  auto cursor_line = static_cast<std::size_t>(m_cursor.line);  // the index of the next line's start
  bool on_cursor_line = m_cursor_offset <= offset &&
                        (cursor_line == m_line_starts.size() || m_line_starts[cursor_line] > offset);
  int line = m_cursor.line;
  std::size_t pos = m_cursor_offset;
  int column = m_cursor.column;
  if (!on_cursor_line) {
    // Readers mostly step to the next line: try it before a binary search.
    auto next = m_line_starts.begin() + static_cast<std::ptrdiff_t>(cursor_line);
    bool next_line = m_cursor_offset <= offset && (next + 1 == m_line_starts.end() || next[1] > offset);
    auto after = next_line ? next + 1 : std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    std::size_t line_index = static_cast<std::size_t>(after - m_line_starts.begin()) - 1;
    line = static_cast<int>(line_index) + 1;
    pos = m_line_starts[line_index];
    column = 1;
  }
  while (pos < offset) {
    if (offset - pos >= 8 && (load_word(m_text, pos) & k_word_high_bits) == 0) {
      pos += 8;  // eight ASCII bytes, eight columns
      column += 8;
      continue;
    }
    if (static_cast<unsigned char>(m_text[pos]) < 0x80) {
      ++pos;  // ASCII: one byte, one column
    } else {
      decode_code_point(m_text, pos);
    }
    ++column;
  }
  // A malformed sequence may have carried pos past offset; offsets the readers
  // give are always on character boundaries, so this only guards the cursor.
  m_cursor_offset = pos;
  m_cursor = Mark{line, column};
  return m_cursor;
}

}  // namespace shifan::detail
