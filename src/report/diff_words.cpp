#include "diff_words.h"

#include <fmt/format.h>

#include <algorithm>

#include "shifan/outcome.h"
#include "text_layout.h"

namespace shifan::detail {

std::string station_name(const StationDiff& diff) {
  const Snapshot& side = diff.after != nullptr ? *diff.after : *diff.before;
  return side.name.empty() ? side.file : side.name;
}

std::string verdict_label(const std::string& verdict) {
  std::optional<Verdict> value = enum_from_name<Verdict>(verdict);
  return value ? enum_label(*value) : verdict;
}

std::string status_text(const std::string& status, bool veto) {
  if (veto) {
    std::optional<VetoStatus> value = enum_from_name<VetoStatus>(status);
    return value ? status_label(*value) : status;
  }
  std::optional<ItemStatus> value = enum_from_name<ItemStatus>(status);
  return value ? status_label(*value) : status;
}

std::string total_change(const Snapshot& before, const Snapshot& after) {
  std::string text = score_range(before.total_low, before.total_high) + " → " +
                     score_range(after.total_low, after.total_high);
  if (before.total_low != before.total_high || after.total_low != after.total_high) {
    return text;
  }
  Decimal change = after.total_low - before.total_low;
  if (change > Decimal()) {
    return text + " (+" + change.str() + ")";
  }
  return change < Decimal() ? text + " (-" + (Decimal() - change).str() + ")" : text;
}

std::string fact_name(const FactChange& change) {
  return change.label.empty() ? change.path : fmt::format("{} ({})", change.path, change.label);
}

std::string one_side_line(const StationDiff& diff) {
  const Snapshot& side = diff.after != nullptr ? *diff.after : *diff.before;
  return fmt::format("{}: {} ({}), {}, {}", diff.after != nullptr ? "仅在新的一侧" : "仅在旧的一侧",
                     station_name(diff), side.file, verdict_label(side.verdict),
                     score_range(side.total_low, side.total_high));
}

DiffCounts count_diffs(const std::vector<StationDiff>& diffs) {
  DiffCounts counts;
  for (const StationDiff& diff : diffs) {
    counts.compared += diff.before && diff.after ? 1U : 0U;
    counts.verdict_changed += diff.verdict_changed() ? 1U : 0U;
    counts.only_before += diff.after ? 0U : 1U;
    counts.only_after += diff.before ? 0U : 1U;
  }
  return counts;
}

std::string count_line(const std::vector<StationDiff>& diffs) {
  DiffCounts counts = count_diffs(diffs);
  return fmt::format("对比 {} 个司法所: 结论改变 {} 个, 仅在旧的一侧 {} 个, 仅在新的一侧 {} 个", counts.compared,
                     counts.verdict_changed, counts.only_before, counts.only_after);
}

}  // namespace shifan::detail
