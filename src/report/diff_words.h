// The words `shifan diff` prints in every format: labels for statuses and
// verdicts given by name, totals before → after, the lines for one-sided
// stations, the count line.
#pragma once

#include <string>
#include <vector>

#include "station_diff.h"

namespace shifan::detail {

// The station's name from either side, else its file.
std::string station_name(const StationDiff& diff);

// 符合 / 不符合 / 待定 for a verdict name; the name itself when unknown.
std::string verdict_label(const std::string& verdict);

// An item or veto status name as its label (达到, 触发, ...); "(无)" as is.
std::string status_text(const std::string& status, bool veto);

// "83.5 → 84.5 (+1)"; no difference in brackets when a side is undecided.
std::string total_change(const Snapshot& before, const Snapshot& after);

// "staff[2].education (学历)", or the path when it has no label.
std::string fact_name(const FactChange& change);

// "仅在新的一侧: 昌桥司法所 (after/changqiao.json), 待定, 88.5–96.5".
std::string one_side_line(const StationDiff& diff);

// How many stations were compared, changed verdict, are on one side only.
struct DiffCounts {
  std::size_t compared = 0;
  std::size_t verdict_changed = 0;
  std::size_t only_before = 0;
  std::size_t only_after = 0;
};
DiffCounts count_diffs(const std::vector<StationDiff>& diffs);

// "对比 2 个司法所: 结论改变 1 个, 仅在旧的一侧 1 个, 仅在新的一侧 1 个".
std::string count_line(const std::vector<StationDiff>& diffs);

}  // namespace shifan::detail
