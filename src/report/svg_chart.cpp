#include "svg_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "html_page.h"

namespace shifan::detail {

namespace {

constexpr std::int64_t k_width = 680;
constexpr std::int64_t k_label_width = 170;
constexpr std::int64_t k_bar_width = 380;
constexpr std::int64_t k_row_height = 24;
constexpr std::int64_t k_bar_height = 14;
constexpr std::int64_t k_top = 22;

// The length of `part` / `whole` of the bar, rounded down, within [0, bar].
std::int64_t length(Decimal part, Decimal whole) {
  if (whole <= Decimal()) {
    return 0;
  }
  std::int64_t pixels = part.hundredths() * k_bar_width / whole.hundredths();
  return std::clamp<std::int64_t>(pixels, 0, k_bar_width);
}

std::string bar(const ChartBar& entry, std::int64_t y) {
  std::int64_t low = length(entry.low, entry.max);
  std::int64_t high = length(entry.high, entry.max);
  std::string out = fmt::format(
      "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\">{}</text>\n"
      "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.5\"/>\n",
      k_label_width - 6, y + 11, html_escape(entry.label), k_label_width, y, k_bar_width, k_bar_height);
  out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#595959\"/>\n", k_label_width, y,
                     low, k_bar_height);
  if (high > low) {
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#d9d9d9\" stroke=\"#000\" "
        "stroke-dasharray=\"3 2\"/>\n",
        k_label_width + low, y + 2, high - low, k_bar_height - 4);
  }
  out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>\n", k_label_width + k_bar_width + 6,
                     y + 11, html_escape(entry.value));
  return out;
}

}  // namespace

std::string svg_bar_chart(const std::vector<ChartBar>& bars, const ChartLine& line, const std::string& title) {
  std::int64_t height = k_top + static_cast<std::int64_t>(bars.size()) * k_row_height + 4;
  std::string out = fmt::format(
      "<svg viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" "
      "aria-label=\"{}\">\n<title>{}</title>\n",
      k_width, height, k_width, height, html_escape(title, true), html_escape(title));
  for (std::size_t i = 0; i < bars.size(); ++i) {
    out += bar(bars[i], k_top + static_cast<std::int64_t>(i) * k_row_height);
  }
  std::int64_t x = k_label_width + length(line.at, line.of);
  out += fmt::format(
      "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\n"
      "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\">{}</text>\n</svg>\n",
      x, k_top - 6, x, height - 2, x, k_top - 9, html_escape(line.label));
  return out;
}

}  // namespace shifan::detail
