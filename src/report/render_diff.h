// `shifan diff`'s output: the comparison (station_diff.h) as aligned Chinese
// text, JSON or Markdown.
#pragma once

#include <string>
#include <vector>

#include "station_diff.h"

namespace shifan::detail {

// The two sides as the command was given them (files, folders).
struct DiffSides {
  std::string before;
  std::string after;
};

// Per station: total and verdict before → after, changed items and vetoes
// with both reasons, changed facts; stations on one side only; a count line.
std::string render_diff_text(const DiffSides& sides, const std::vector<StationDiff>& diffs);

// One JSON document as docs/score-json.md's "shifan diff" section.
std::string render_diff_json(const DiffSides& sides, const std::vector<StationDiff>& diffs);

// A section per station with tables, then the stations on one side only.
std::string render_diff_markdown(const DiffSides& sides, const std::vector<StationDiff>& diffs);

}  // namespace shifan::detail
