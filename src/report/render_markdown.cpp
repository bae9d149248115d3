#include "render_markdown.h"

#include <fmt/format.h>

#include <array>

#include "stage_columns.h"
#include "summary.h"
#include "work_on.h"

namespace shifan::detail {

namespace {


std::vector<std::vector<std::string>> category_rows(const ScoreResult& result) {
  std::vector<std::vector<std::string>> rows;
  for (const CategoryResult& category : result.categories) {
    const Category& model = *category.category;
    std::string points = model.kind == CategoryKind::base
                             ? model.points.str()
                             : fmt::format("{}上限 {}", enum_label(model.kind), model.points.str());
    rows.push_back({model.id, model.title, points,
                    score_range(category.low, category.high) + (category.cap_reached ? " (已达上限)" : "")});
  }
  return rows;
}

std::vector<std::vector<std::string>> item_rows(const ScoreResult& result) {
  std::vector<std::vector<std::string>> rows;
  for (const ItemResult& item : result.items) {
    rows.push_back({item.item->id, item.item->short_text, item.item->points.str(), score_range(item.low, item.high),
                    item_status_label(item), item.reason});
  }
  return rows;
}

std::vector<std::vector<std::string>> veto_rows(const ScoreResult& result) {
  std::vector<std::vector<std::string>> rows;
  for (const VetoResult& veto : result.vetoes) {
    rows.push_back({veto.veto->id, veto.veto->text, status_label(veto.status),
                    veto.reason});
  }
  return rows;
}

// 自评与核定不一致 and 补短板, as the text report has them; "" when neither.
std::string work_on_sections(const ScoreResult& result) {
  std::string out;
  if (!result.discrepancies.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const Discrepancy& discrepancy : result.discrepancies) {
      rows.push_back({discrepancy.item, discrepancy.claimed.str(), discrepancy.computed.str(),
                      discrepancy_text(discrepancy)});
    }
    out += fmt::format("\n### {}\n\n", discrepancies_heading(result)) +
           markdown_table({"编号", "自评", "核定", "说明"}, {false, true, true, false}, rows);
  }
  std::vector<WorkOnLine> items = work_on_lines(result);
  if (!items.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const WorkOnLine& item : items) {
      rows.push_back({item.result->item->id, item.result->item->short_text, item.what, item.note});
    }
    out += fmt::format("\n### {}\n\n", k_work_on_heading) +
           markdown_table({"编号", "项目", "失分", "说明"}, {false, false, false, false}, rows);
  }
  return out;
}

}  // namespace

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|' || c == '\\') {
      out += '\\';
    }
    out += c == '\n' || c == '\r' ? ' ' : c;
  }
  return out;
}

std::string markdown_table(const std::vector<std::string>& header, const std::vector<bool>& right,
                           const std::vector<std::vector<std::string>>& rows) {
  auto line = [](const std::vector<std::string>& cells) {
    std::string out = "|";
    for (const std::string& cell : cells) {
      out += " " + markdown_cell(cell) + " |";
    }
    return out + "\n";
  };
  std::string out = line(header) + "|";
  for (bool align_right : right) {
    out += align_right ? "---:|" : "---|";
  }
  out += "\n";
  for (const std::vector<std::string>& row : rows) {
    out += line(row);
  }
  return out;
}

std::string render_markdown(const ScoreResult& result, const std::vector<WhatIfChange>& what_if) {
  const Station& station = *result.station;
  const Rubric& rubric = *result.rubric;
  std::string out = fmt::format("## {}\n\n", markdown_cell(station.name.empty() ? station.file : station.name));
  out += fmt::format("- 文件: `{}`\n- 县: {}\n- 类别: {}\n- 评定基准日: {}\n- 细则: {} ({})\n", station.file,
                     station.county, station.station_class, station.assessed_on, rubric.title, rubric.id);
  if (std::string stages = stages_line(station); !stages.empty()) {
    out += "- 评分阶段: " + markdown_cell(stages) + "\n";
  }
  for (const WhatIfChange& change : what_if) {
    out += "- " + markdown_cell(what_if_line(change, rubric, &station.facts)) + "\n";
  }
  for (const std::string& part : part_lines(result)) {
    out += "- " + markdown_cell(part) + "\n";
  }
  out += fmt::format("- **总分: {}** (满分 {}, {} {})\n\n", score_range(result.total_low, result.total_high),
                     rubric.total.str(), rubric.wording.pass_mark, rubric.pass_mark().str());
  out += "### 分类得分\n\n" +
         markdown_table({"类别", "名称", "分值", "得分"}, {false, false, true, true}, category_rows(result));
  out += "\n### 评分项\n\n" + markdown_table({"编号", "项目", "分值", "得分", "状态", "说明"},
                                               {false, false, true, true, false, false}, item_rows(result));
  if (!result.stage_differences.empty()) {
    StageTable table = stage_table(result);
    std::vector<bool> right(table.header.size(), true);
    right[0] = right[1] = right.back() = false;
    out += "\n### 各阶段评分不同的项 (以最后一个阶段为准)\n\n" + markdown_table(table.header, right, table.rows);
  }
  if (!result.vetoes.empty()) {
    out += "\n### 一票否决\n\n" +
           markdown_table({"编号", "内容", "状态", "说明"}, {false, false, false, false}, veto_rows(result));
  }
  return out + work_on_sections(result) + "\n**" + markdown_cell(verdict_sentence(result)) + "**\n";
}

}  // namespace shifan::detail
