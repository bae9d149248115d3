#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "shifan/diagnostic.h"
#include "summary.h"
#include "text_layout.h"

namespace shifan::detail {

namespace {

constexpr std::size_t k_columns = 7;
// A longer name is cut with "…", so one long name does not push every
// other column off the screen.
constexpr std::size_t k_max_name_width = 24;
using Cells = std::array<std::string, k_columns>;

Cells cells(const SummaryRow& row) {
  if (!row.valid) {
    return {"—", "—", "—", "—", short_verdict(row), "", row.file};
  }
  return {row.name.empty() ? "—" : fit_width(row.name, k_max_name_width),
          row.county.empty() ? "—" : row.county,
          row.station_class.empty() ? "—" : row.station_class,
          score_range(row.total_low, row.total_high),
          short_verdict(row),
          fmt::format("{}", fmt::join(row.triggered, ", ")),
          row.file};
}

std::string line(const Cells& cells, const std::array<std::size_t, k_columns>& widths) {
  std::string out = "  ";
  for (std::size_t i = 0; i < k_columns; ++i) {
    out += i + 1 == k_columns ? cells[i] : pad(cells[i], widths[i]);
  }
  out.erase(out.find_last_not_of(' ') + 1);
  return out + "\n";
}

}  // namespace

std::string render_summary_table(const std::vector<SummaryRow>& rows, const std::string& subject) {
  Cells heading = {subject, "县", "类别", "总分", "结论", "一票否决", "文件"};
  std::vector<Cells> body;
  std::array<std::size_t, k_columns> widths{};
  auto widen = [&](const Cells& row) {
    for (std::size_t i = 0; i < k_columns; ++i) {
      widths[i] = std::max(widths[i], static_cast<std::size_t>(display_width(row[i])) + 2);
    }
  };
  widen(heading);
  for (const SummaryRow& row : rows) {
    body.push_back(cells(row));
    widen(body.back());
  }
  std::string out = "汇总\n" + line(heading, widths);
  for (const Cells& row : body) {
    out += line(row, widths);
  }
  return out;
}

}  // namespace shifan::detail
