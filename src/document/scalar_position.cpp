#include "scalar_position.h"

#include <algorithm>
#include <vector>

#include "utf8.h"

namespace shifan::detail {

namespace {

// Offsets past this are never on a scalar's first line (it is an int bound).
constexpr std::size_t k_max_offset = 1U << 30;

struct Segment {
  int line = 0;
  int column = 0;   // where the segment's text starts
  std::size_t length = 0;  // in code points
};

std::size_t code_point_count(std::string_view text) {
  std::size_t count = 0;
  for_each_code_point(text, [&](char32_t) { ++count; });
  return count;
}

std::size_t leading_spaces(std::string_view line) {
  std::size_t spaces = line.find_first_not_of(" \t");
  return spaces == std::string_view::npos ? line.size() : spaces;
}

// Content lines of a block scalar whose indicator is on `header_line`, as far
// as code point `needed` of its text.
std::vector<Segment> block_segments(const Source& source, int header_line, std::size_t needed) {
  std::vector<Segment> segments;
  std::size_t indent = 0;
  std::size_t covered = 0;
  for (int line = header_line + 1; covered <= needed && line <= source.line_count(); ++line) {
    std::string_view text = source.line(line);
    std::size_t spaces = leading_spaces(text);
    if (spaces == text.size()) {
      segments.push_back({line, 1, 0});
      covered += 1;
      continue;
    }
    if (indent == 0) {
      indent = spaces;
    }
    if (spaces < indent) {
      break;
    }
    segments.push_back({line, static_cast<int>(indent) + 1, code_point_count(text.substr(indent))});
    covered += segments.back().length + 1;
  }
  return segments;
}

// A flow scalar's lines: the first from its start, the others from their
// first non-blank character.
std::vector<Segment> flow_segments(const Source& source, Mark start, std::size_t needed) {
  std::string_view first = source.line(start.line);
  std::size_t skip = prefix_code_points(first, start.column - 1).size();
  std::vector<Segment> segments{{start.line, start.column, code_point_count(first.substr(skip))}};
  std::size_t covered = segments.back().length + 1;
  for (int line = start.line + 1; covered <= needed && line <= source.line_count(); ++line) {
    std::string_view text = source.line(line);
    std::size_t spaces = leading_spaces(text);
    segments.push_back({line, static_cast<int>(spaces) + 1, code_point_count(text.substr(spaces))});
    covered += segments.back().length + 1;
  }
  return segments;
}

}  // namespace

Mark scalar_position(const shifan::Node& node, const Source& source, std::size_t offset) {
  std::string_view line = source.line(node.mark.line);
  std::string_view before = prefix_code_points(line, node.mark.column - 1);
  char first = before.size() < line.size() ? line[before.size()] : '\0';
  std::vector<Segment> segments;
  if (first == '|' || first == '>') {
    segments = block_segments(source, node.mark.line, offset);
  } else {
    bool quoted = first == '"' || first == '\'';
    const Mark start{node.mark.line, node.mark.column + (quoted ? 1 : 0)};
    // Within the first line (most rules): no need to count the whole line.
    std::string_view rest = line.substr(prefix_code_points(line, start.column - 1).size());
    const int wanted = static_cast<int>(std::min<std::size_t>(offset, k_max_offset));
    if (prefix_code_points(rest, wanted).size() < rest.size()) {
      return {start.line, start.column + static_cast<int>(offset)};
    }
    segments = flow_segments(source, start, offset);
  }
  for (const Segment& segment : segments) {
    if (offset <= segment.length) {
      return {segment.line, segment.column + static_cast<int>(offset)};
    }
    offset -= segment.length + 1;
  }
  return node.mark;
}

std::size_t text_offset(std::string_view text, int line, int column) {
  std::size_t offset = 0;
  int current = 1;
  for (std::size_t pos = 0; pos < text.size() && current < line;) {
    if (decode_code_point(text, pos) == U'\n') {
      ++current;
    }
    ++offset;
  }
  return offset + static_cast<std::size_t>(std::max(column, 1) - 1);
}

}  // namespace shifan::detail
