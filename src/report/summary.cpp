#include "summary.h"

#include <fmt/format.h>

#include <algorithm>

#include "shifan/exit_code.h"
#include "shifan/render.h"

namespace shifan::detail {

namespace {


std::vector<std::string> points_lost(const ScoreResult& result) {
  std::vector<const ItemResult*> lost;
  for (const ItemResult& item : result.items) {
    if (item.item->points - item.high > Decimal()) {
      lost.push_back(&item);
    }
  }
  auto amount = [](const ItemResult* item) { return item->item->points - item->high; };
  std::stable_sort(lost.begin(), lost.end(),
                   [&](const ItemResult* a, const ItemResult* b) { return amount(a) > amount(b); });
  std::vector<std::string> lines;
  for (const ItemResult* item : lost) {
    lines.push_back(fmt::format("{} {}: 失 {} 分", item->item->id, item->item->short_text, amount(item).str()));
  }
  return lines;
}

}  // namespace

SummaryRow summary_row(const ScoreResult& result) {
  const Station& station = *result.station;
  SummaryRow row;
  row.file = station.file;
  row.name = station.name;
  row.county = station.county;
  row.station_class = station.station_class;
  row.total_low = result.total_low;
  row.total_high = result.total_high;
  row.verdict = result.verdict;
  for (const VetoResult& veto : result.vetoes) {
    if (veto.status == VetoStatus::triggered) {
      row.triggered.push_back(veto.veto->id);
    }
  }
  for (const CategoryResult& category : result.categories) {
    row.categories.push_back({category.category->id, {category.low, category.high}});
  }
  row.verdict_sentence = verdict_sentence(result);
  row.lost = points_lost(result);
  return row;
}

SummaryRow invalid_row(std::string file, std::vector<std::string> problems) {
  SummaryRow row;
  row.file = std::move(file);
  row.valid = false;
  row.problems = std::move(problems);
  return row;
}

void Tally::count(const SummaryRow& row) {
  if (!row.valid) {
    ++invalid;
  } else {
    (row.verdict == Verdict::eligible       ? eligible
     : row.verdict == Verdict::not_eligible ? not_eligible
                                            : undetermined)++;
  }
}

int Tally::exit_code() const {
  if (invalid > 0) {
    return k_exit_input_error;
  }
  if (not_eligible > 0) {
    return k_exit_failed;
  }
  return undetermined > 0 ? k_exit_undetermined : k_exit_ok;
}

std::string count_line(const Tally& tally) {
  std::string line = fmt::format("共 {} 个文件: 评分 {} 个 ({} {}, {} {}, {} {})", tally.files(),
                                 tally.files() - tally.invalid, enum_label(Verdict::eligible), tally.eligible,
                                 enum_label(Verdict::not_eligible), tally.not_eligible,
                                 enum_label(Verdict::undetermined), tally.undetermined);
  return tally.invalid == 0 ? line : line + fmt::format(", 无效 {} 个", tally.invalid);
}

void sort_rows(std::vector<SummaryRow>& rows, SortKey key) {
  if (key == SortKey::input) {
    return;
  }
  std::stable_sort(rows.begin(), rows.end(), [key](const SummaryRow& a, const SummaryRow& b) {
    if (a.valid != b.valid) {
      return a.valid;
    }
    if (key == SortKey::name) {
      return a.name < b.name;
    }
    return a.total_low != b.total_low ? a.total_low > b.total_low : a.total_high > b.total_high;
  });
}

std::string short_verdict(const SummaryRow& row) {
  if (!row.valid) {
    return "无效";
  }
  return enum_label(row.verdict);
}

}  // namespace shifan::detail
