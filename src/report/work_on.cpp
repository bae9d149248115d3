#include "work_on.h"

#include <algorithm>

#include <fmt/format.h>

#include "fact_labels.h"
#include "summary.h"

namespace shifan::detail {

std::vector<WorkOnLine> work_on_lines(const ScoreResult& result) {
  std::vector<WorkOnLine> lines;
  for (const ItemResult* item : items_to_work_on(result)) {
    WorkOnLine line{item, at_stake_text(*item), item->reason};
    if (!item->missing.empty()) {
      line.note += (line.note.empty() ? "缺: " : "; 缺: ") + describe_missing(*result.rubric, item->missing, &result.station->facts);
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

std::string discrepancies_heading(const ScoreResult& result) {
  bool self_only = std::all_of(result.discrepancies.begin(), result.discrepancies.end(),
                               [](const Discrepancy& discrepancy) { return discrepancy.stage == Stage::self; });
  return self_only ? "自评与核定不一致" : "评分与核定不一致";
}

std::string discrepancy_text(const Discrepancy& discrepancy) {
  return fmt::format("{} {} 分, 按事实核定 {} 分", enum_label(discrepancy.stage), discrepancy.claimed.str(),
                     discrepancy.computed.str());
}

}  // namespace shifan::detail
