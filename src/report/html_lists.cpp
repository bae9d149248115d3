#include <fmt/format.h>

#include <algorithm>

#include "fact_labels.h"
#include "html_page.h"
#include "render_html.h"
#include "summary.h"
#include "stage_columns.h"

namespace shifan::detail {

namespace {

// A table with a heading, `widths` in percent; cells escaped here.
std::string list_table(std::string_view title, const std::vector<std::string>& header, const std::vector<int>& widths,
                       const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty()) {
    return "";
  }
  std::string out = fmt::format("<h2>{}</h2>\n<table><colgroup>", html_escape(title));
  for (int width : widths) {
    out += fmt::format("<col style=\"width:{}%\">", width);
  }
  out += "</colgroup>\n<thead><tr>";
  for (const std::string& name : header) {
    out += "<th>" + html_escape(name) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const std::vector<std::string>& row : rows) {
    out += "<tr>";
    for (const std::string& text : row) {
      out += "<td>" + html_escape(text) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody></table>\n";
}

}  // namespace

std::string html_to_work_on(const ScoreResult& result) {
  // What the station can still lose: points lost, and unknown items at their worst.
  std::vector<std::vector<std::string>> rows;
  for (const ItemResult* item : items_to_work_on(result)) {
    rows.push_back({item->item->id, item->item->short_text, at_stake_text(*item), item->reason});
  }
  return list_table("补短板 (失分和待定项, 按分值从大到小)", {"编号", "项目", "失分", "说明"}, {8, 22, 20, 50}, rows);
}

std::string html_stage_differences(const ScoreResult& result) {
  StageTable table = stage_table(result);
  std::vector<int> widths(table.stages, 10);
  widths.insert(widths.begin(), {8, 32});
  widths.push_back(60 - 10 * static_cast<int>(table.stages));
  return list_table("各阶段评分不同的项 (以最后一个阶段为准)", table.header, widths, table.rows);
}

std::string html_findings(const ScoreResult& result) {
  std::vector<std::vector<std::string>> rows;
  for (const VetoResult& veto : result.vetoes) {
    if (veto.status == VetoStatus::triggered) {
      rows.push_back({veto.veto->id, veto.veto->text, status_label(veto.status), veto.reason});
    }
  }
  for (const ItemResult& item : result.items) {
    ItemStatus worst = item.item->category_kind == CategoryKind::deduction ? ItemStatus::met : ItemStatus::unmet;
    bool failed = item.status == worst || item.status == ItemStatus::partial;
    if (failed && item.item->kind() != ItemKind::assessed && item.item->category_kind != CategoryKind::bonus) {
      rows.push_back({item.item->id, item.item->short_text, item_status_label(item), item.reason});
    }
  }
  return list_table("按事实认定的问题 (一票否决和计算项)", {"编号", "内容", "结果", "认定依据"}, {8, 32, 12, 48},
                    rows);
}

std::string html_missing(const ScoreResult& result) {
  const Rubric& rubric = *result.rubric;
  std::vector<std::vector<std::string>> rows;
  for (const VetoResult& veto : result.vetoes) {
    if (!veto.missing.empty()) {
      rows.push_back({veto.veto->id, veto.veto->text, describe_missing(rubric, veto.missing, &result.station->facts)});
    }
  }
  for (const ItemResult& item : result.items) {
    if (!item.missing.empty()) {
      rows.push_back(
          {item.item->id, item.item->short_text, describe_missing(rubric, item.missing, &result.station->facts)});
    }
  }
  return list_table("尚缺事实 (补齐后才能定分)", {"编号", "内容", "缺少"}, {8, 32, 60}, rows);
}

}  // namespace shifan::detail
