#include "summary.h"

#include <fmt/format.h>

#include <algorithm>

#include "name_order.h"
#include "shifan/exit_code.h"
#include "shifan/render.h"

namespace shifan::detail {

namespace {


std::vector<LostPoints> lost_points(const ScoreResult& result) {
  std::vector<LostPoints> lost;
  for (const ItemResult& item : result.items) {
    if (Decimal amount = points_lost(item); amount > Decimal()) {
      lost.push_back({item.item, amount});
    }
  }
  std::stable_sort(lost.begin(), lost.end(),
                   [](const LostPoints& a, const LostPoints& b) { return a.amount > b.amount; });
  return lost;
}

}  // namespace

std::vector<std::pair<CategoryKind, TotalPart>> total_parts(const ScoreResult& result) {
  std::vector<std::pair<CategoryKind, TotalPart>> parts;
  if (result.rubric->has_bonus_or_deduction()) {
    for (CategoryKind kind : {CategoryKind::base, CategoryKind::bonus, CategoryKind::deduction}) {
      parts.emplace_back(kind, result.part(kind));
    }
  }
  return parts;
}

std::vector<std::string> part_lines(const ScoreResult& result) {
  std::vector<std::string> lines;
  for (const auto& [kind, part] : total_parts(result)) {
    lines.push_back(fmt::format("{}: {} / {}{}", enum_label(kind), score_range(part.low, part.high),
                                result.rubric->points(kind).str(), part.cap_reached ? " (已达上限)" : ""));
  }
  return lines;
}

std::string category_points(const Category& category) {
  return category.kind == CategoryKind::base
             ? category.points.str() + " 分"
             : fmt::format("{}, 上限 {} 分", enum_label(category.kind), category.points.str());
}

std::string item_status_label(const ItemResult& item) {
  if (item.item->category_kind == CategoryKind::deduction) {
    switch (item.status) {
      case ItemStatus::met:
        return "扣满";
      case ItemStatus::partial:
        return "扣分";
      case ItemStatus::unmet:
        return "未扣分";
      case ItemStatus::unknown:
      case ItemStatus::not_applicable:
        break;
    }
  }
  return status_label(item.status);
}

std::vector<const ItemResult*> items_to_work_on(const ScoreResult& result) {
  std::vector<const ItemResult*> open;
  for (const ItemResult& item : result.items) {
    if (points_at_stake(item) > Decimal()) {
      open.push_back(&item);
    }
  }
  std::stable_sort(open.begin(), open.end(), [](const ItemResult* a, const ItemResult* b) {
    return points_at_stake(*a) > points_at_stake(*b);
  });
  return open;
}

std::string at_stake_text(const ItemResult& item) {
  const char* verb = item.item->category_kind == CategoryKind::deduction ? "扣" : "失";
  std::string amount = points_at_stake(item).str();
  return item.status == ItemStatus::unknown ? fmt::format("待定, 最多可{} {} 分", verb, amount)
                                            : fmt::format("{} {} 分", verb, amount);
}

std::string lost_line(const LostPoints& lost) {
  const char* verb = lost.item->category_kind == CategoryKind::deduction ? "扣" : "失";
  return fmt::format("{} {}: {} {} 分", lost.item->id, lost.item->short_text, verb, lost.amount.str());
}

SummaryRow summary_row(const ScoreResult& result, bool details) {
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
  row.categories.reserve(result.categories.size());
  for (const CategoryResult& category : result.categories) {
    row.categories.push_back({category.category->id, {category.low, category.high}});
  }
  row.parts = total_parts(result);
  row.item_scores.reserve(result.items.size());
  for (const ItemResult& item : result.items) {
    row.item_scores.push_back(item.status == ItemStatus::unknown ? std::nullopt : std::optional<Decimal>(item.low));
  }
  if (details) {
    row.part_lines = part_lines(result);
    row.verdict_sentence = verdict_sentence(result);
    row.lost = lost_points(result);
  }
  return row;
}

SummaryRow invalid_row(std::string file, std::vector<std::string> problems, Diagnostics diagnostics) {
  SummaryRow row;
  row.file = std::move(file);
  row.valid = false;
  row.problems = std::move(problems);
  row.diagnostics = std::move(diagnostics);
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
      return name_less(a.name, b.name);
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
