#include "work_on.h"

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

std::string discrepancy_text(const Discrepancy& discrepancy) {
  return fmt::format("自评 {} 分, 按事实核定 {} 分", discrepancy.claimed.str(), discrepancy.computed.str());
}

}  // namespace shifan::detail
