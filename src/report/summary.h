// The small per-file rows a batch keeps for its summary, and the tally.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "shifan/decimal.h"
#include "shifan/diagnostic.h"
#include "shifan/enum_table.h"
#include "shifan/render.h"
#include "shifan/score.h"
#include "text_layout.h"

namespace shifan::detail {

// An item that lost points; points into the rubric, which outlives the rows.
struct LostPoints {
  const Item* item = nullptr;
  Decimal amount;
};
// "A3 党建阵地与纪律: 失 1 分" (扣 for a deduction item).
std::string lost_line(const LostPoints& lost);

// One input file: a scored station, or an invalid file (valid == false).
struct SummaryRow {
  std::string file;
  bool valid = true;
  std::string name;
  std::string county;
  std::string station_class;
  Decimal total_low;
  Decimal total_high;
  Verdict verdict = Verdict::undetermined;
  std::vector<std::string> triggered;  // veto ids
  std::vector<std::pair<std::string, std::pair<Decimal, Decimal>>> categories;  // id, low, high
  std::vector<std::pair<CategoryKind, TotalPart>> parts;  // total_parts: empty for base categories only
  std::vector<std::string> part_lines;  // part_lines: "加分: 2 / 2 (已达上限)"
  std::string verdict_sentence;        // "结论: ..." as the text report ends
  std::vector<LostPoints> lost;        // items that lost points, largest first (lost_line)
  std::vector<std::string> problems;   // an invalid file's diagnostics, formatted
  Diagnostics diagnostics;             // the same, unformatted (line and column for JSON)
  // Each item's score in rubric order, nullopt when unknown (csv's item
  // columns, headed by the rubric's ids). A batch keeps a row per file, so
  // the row stays small: about 3 KB for the Anhui rubric.
  std::vector<std::optional<Decimal>> item_scores;
  // The report writer's text for the row (ReportWriter::row_text), made with
  // the row on the thread that scored it; empty when the writer makes none.
  std::string text;
};

// The parts of the total with their bounds, in order base, bonus, deduction:
// empty for a rubric with base categories only.
std::vector<std::pair<CategoryKind, TotalPart>> total_parts(const ScoreResult& result);
// Each of total_parts as a line: "加分: 2 / 2 (已达上限)" (the kind's label,
// the bounds, the points or cap of its categories).
std::vector<std::string> part_lines(const ScoreResult& result);

// A category's points as its heading shows them: "5 分", or "加分, 上限 2 分"
// for a bonus or deduction category.
std::string category_points(const Category& category);

// An item's status as reports print it: the ItemStatus label, except that
// a deduction item reads 扣满 / 扣分 / 未扣分 for met / partial / unmet.
std::string item_status_label(const ItemResult& item);

// 补短板: the items with points at stake (points_at_stake), largest first.
std::vector<const ItemResult*> items_to_work_on(const ScoreResult& result);
// What such an item costs: "失 2 分", "扣 2 分" (deduction items),
// "待定, 最多可失 2 分".
std::string at_stake_text(const ItemResult& item);

// The row of a scored station: a copy of what the summaries show. Without
// `details` the texts only JUnit prints (part_lines, verdict_sentence, lost)
// stay empty.
SummaryRow summary_row(const ScoreResult& result, bool details = true);
// The row of a file that did not load; `problems` are its diagnostics, formatted.
SummaryRow invalid_row(std::string file, std::vector<std::string> problems, Diagnostics diagnostics = {});

// How many files ended how; decides the exit code (include/shifan/cli.h).
struct Tally {
  int eligible = 0;
  int not_eligible = 0;
  int undetermined = 0;
  int invalid = 0;

  void count(const SummaryRow& row);
  int files() const { return eligible + not_eligible + undetermined + invalid; }
  int exit_code() const;
};

// "共 4 个文件: 评分 3 个 (符合 1, 不符合 1, 待定 1), 无效 1 个" (no newline).
std::string count_line(const Tally& tally);

enum class SortKey { input, total, name };

}  // namespace shifan::detail

// The names are `shifan score --sort`'s values.
template <>
struct shifan::EnumTable<shifan::detail::SortKey> {
  using SortKey = detail::SortKey;
  static constexpr std::array<EnumName<SortKey>, 3> entries = {{
      {SortKey::input, "input", "输入顺序"},
      {SortKey::total, "total", "总分从高到低"},
      {SortKey::name, "name", "名称"},
  }};
};
static_assert(shifan::lists_every_value<shifan::detail::SortKey>());

namespace shifan::detail {

// Stable: `total` highest first (lower bound, then upper), `name` in byte
// order; invalid files last either way.
void sort_rows(std::vector<SummaryRow>& rows, SortKey key);

// 符合 / 不符合 / 待定 (the Verdict table's labels), or 无效 for an invalid file.
std::string short_verdict(const SummaryRow& row);

// The text summary table: a heading line (`subject`, the rubric's word for a
// station, heads the name column), then one aligned line per row.
std::string render_summary_table(const std::vector<SummaryRow>& rows, const std::string& subject);

}  // namespace shifan::detail
