#include <fmt/format.h>

#include <algorithm>

#include "summary.h"
#include "fact_labels.h"
#include "stage_columns.h"
#include "text_layout.h"
#include "work_on.h"
#include "shifan/render.h"

namespace shifan {

namespace {

using detail::pad;
using detail::score_range;

// ANSI colours, used only when the style asks for them.
class Painter {
 public:
  explicit Painter(bool color) : m_color(color) {}
  std::string paint(std::string_view text, const char* code) const {
    return m_color ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  }

 private:
  bool m_color;
};

constexpr const char* k_green = "32";
constexpr const char* k_red = "31";
constexpr const char* k_yellow = "33";
constexpr const char* k_bold = "1";

class TextReport {
 public:
  TextReport(const ScoreResult& result, const TextStyle& style)
      : m_result(result), m_rubric(*result.rubric), m_paint(style.color) {
    for (const ItemResult& item : result.items) {
      m_short_width = std::max(m_short_width, column_width(item.item->short_text));
    }
    for (const VetoResult& veto : result.vetoes) {
      m_veto_width = std::max(m_veto_width, column_width(veto.veto->text));
    }
  }

  std::string run() {
    header();
    for (std::size_t i = 0; i < m_result.categories.size(); ++i) {
      category(m_result.categories[i]);
    }
    total();
    vetoes();
    discrepancies();
    stage_differences();
    to_work_on();
    verdict();
    return m_out;
  }

 private:
  static std::size_t column_width(std::string_view text) {
    return static_cast<std::size_t>(display_width(text)) + 2;
  }

  void line(std::string_view text = {}) {
    m_out += detail::trim_end(std::string(text));
    m_out += '\n';
  }

  void header() {
    const Station& station = *m_result.station;
    std::vector<std::string> details;
    for (const std::string& part : {station.county, station.station_class}) {
      if (!part.empty()) {
        details.push_back(part);
      }
    }
    details.push_back("评定基准日 " + (station.assessed_on.empty() ? "未知" : station.assessed_on));
    line(m_paint.paint(fmt::format("{} ({})", station.name, fmt::join(details, ", ")), k_bold));
    line(fmt::format("文件: {}", station.file));
    line(fmt::format("细则: {} ({})", m_rubric.title, m_rubric.id));
    if (std::string stages = detail::stages_line(station); !stages.empty()) {
      line(fmt::format("评分阶段: {}", stages));
    }
  }

  void category(const CategoryResult& subtotal) {
    const Category& category = *subtotal.category;
    line();
    std::string points = detail::category_points(category);
    line(m_paint.paint(fmt::format("{} {} ({})", category.id, category.title, points), k_bold));
    line(fmt::format("  {}{}{}{}{}{}", pad("编号", 6), pad("项目", m_short_width), pad("分值", 6), pad("得分", 9),
                     pad("状态", 10), "说明"));
    for (const ItemResult& result : m_result.items) {
      if (result.item->category == category.id) {
        item(result);
      }
    }
    line(fmt::format("  {}{}{}", pad("小计", 6 + m_short_width),
                     score_range(subtotal.low, subtotal.high) + " / " + category.points.str(),
                     subtotal.cap_reached ? " (已达上限)" : ""));
  }


  void item(const ItemResult& result) {
    const Item& item = *result.item;
    std::string status = pad(detail::item_status_label(result), 10);
    ItemStatus worst = item.category_kind == CategoryKind::deduction ? ItemStatus::met : ItemStatus::unmet;
    const char* colour = result.status == worst                    ? k_red
                         : result.status == ItemStatus::partial ? k_yellow
                         : result.status == ItemStatus::unknown ? k_yellow
                                                                : k_green;
    line(fmt::format("  {}{}{}{}{}{}", pad(item.id, 6), pad(item.short_text, m_short_width), pad(item.points.str(), 6),
                     pad(score_range(result.low, result.high), 9), m_paint.paint(status, colour), result.reason));
  }

  void total() {
    line();
    for (const std::string& part : detail::part_lines(m_result)) {
      line(part);
    }
    std::string total = score_range(m_result.total_low, m_result.total_high);
    std::size_t unknown = static_cast<std::size_t>(std::count_if(
        m_result.items.begin(), m_result.items.end(),
        [](const ItemResult& item) { return item.status == ItemStatus::unknown; }));
    std::string note = unknown == 0 ? "" : fmt::format(", {} 项待定", unknown);
    line(m_paint.paint(fmt::format("总分: {} (满分 {}, {} {}{})", total, m_rubric.total.str(),
                                   m_rubric.wording.pass_mark, m_rubric.pass_mark().str(), note),
                       k_bold));
  }

  void vetoes() {
    if (m_result.vetoes.empty()) {
      return;
    }
    line();
    line(m_paint.paint("一票否决", k_bold));
    for (const VetoResult& result : m_result.vetoes) {
      const char* colour = result.status == VetoStatus::clear     ? k_green
                           : result.status == VetoStatus::unknown ? k_yellow
                                                                  : k_red;
      line(fmt::format("  {}{}{}{}", pad(result.veto->id, 6), pad(result.veto->text, m_veto_width),
                       m_paint.paint(pad(status_label(result.status), 8), colour), result.reason));
    }
  }

  void discrepancies() {
    if (m_result.discrepancies.empty()) {
      return;
    }
    line();
    line(m_paint.paint(detail::discrepancies_heading(m_result), k_bold));
    for (const Discrepancy& discrepancy : m_result.discrepancies) {
      line(fmt::format("  {}{}", pad(discrepancy.item, 6), detail::discrepancy_text(discrepancy)));
    }
  }

  // Items the stages scored differently, a column per stage (以最后一个阶段为准).
  void stage_differences() {
    if (m_result.stage_differences.empty()) {
      return;
    }
    detail::StageTable table = detail::stage_table(m_result);
    std::vector<std::size_t> widths(table.header.size(), 7);
    widths[0] = 6;
    widths[1] = m_short_width;
    widths.back() = 0;
    line();
    line(m_paint.paint("各阶段评分不同的项 (以最后一个阶段为准)", k_bold));
    table.rows.insert(table.rows.begin(), table.header);
    for (const std::vector<std::string>& row : table.rows) {
      std::string text = "  ";
      for (std::size_t i = 0; i < row.size(); ++i) {
        text += pad(row[i], widths[i]);
      }
      line(text);
    }
  }

  // Points lost and unknown items, largest first: what to work on (补短板).
  void to_work_on() {
    std::vector<detail::WorkOnLine> items = detail::work_on_lines(m_result);
    if (items.empty()) {
      return;
    }
    line();
    line(m_paint.paint(detail::k_work_on_heading, k_bold));
    for (const detail::WorkOnLine& item : items) {
      line(fmt::format("  {}{}{}{}", pad(item.result->item->id, 6), pad(item.result->item->short_text, m_short_width),
                       pad(item.what, 24), item.note));
    }
  }

  void verdict() {
    line();
    line(m_paint.paint(verdict_sentence(m_result), m_result.verdict == Verdict::eligible       ? k_green
                                           : m_result.verdict == Verdict::not_eligible ? k_red
                                                                                       : k_yellow));
    if (m_rubric.grades.size() > 1) {
      line(fmt::format("等级: {}", m_result.grade.value_or("未达到任何等级")));
    }
  }

  const ScoreResult& m_result;
  const Rubric& m_rubric;
  Painter m_paint;
  std::size_t m_short_width = 10;
  std::size_t m_veto_width = 10;
  std::string m_out;
};

}  // namespace

std::string render_text(const ScoreResult& result, const TextStyle& style) {
  return TextReport(result, style).run();
}

}  // namespace shifan
