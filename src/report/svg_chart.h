// Horizontal bar charts as inline SVG, for the HTML report: black and white,
// exact to the pixel from decimals (no floating point).
#pragma once

#include <string>
#include <vector>

#include "shifan/decimal.h"

namespace shifan::detail {

// One bar: `low` of `max` filled, `low`..`high` outlined dashed (undetermined).
struct ChartBar {
  std::string label;  // left of the bar
  Decimal low;
  Decimal high;
  Decimal max;        // the bar's full length; a bar with max <= 0 stays empty
  std::string value;  // right of the bar ("29 / 30")
};

// A vertical dashed line across every bar at `at` / `of` of the bar length.
struct ChartLine {
  Decimal at;
  Decimal of;
  std::string label;  // above the line ("申报线 95")
};

// An <svg> with a bar per entry and the line; `title` is its accessible name.
// Labels are escaped here. Never throws.
std::string svg_bar_chart(const std::vector<ChartBar>& bars, const ChartLine& line, const std::string& title);

}  // namespace shifan::detail
