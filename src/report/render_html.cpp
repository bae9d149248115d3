#include "render_html.h"

#include <fmt/format.h>

#include <algorithm>

#include "html_page.h"
#include "shifan/render.h"
#include "summary.h"
#include "stage_columns.h"
#include "svg_chart.h"
#include "text_layout.h"

namespace shifan::detail {

namespace {

std::string cell(std::string_view text, std::string_view css_class = {}) {
  return css_class.empty() ? fmt::format("<td>{}</td>", html_escape(text))
                           : fmt::format("<td class=\"{}\">{}</td>", css_class, html_escape(text));
}

// "<span class="n" data-low=.. data-high=..>88.5–96.5</span>": the number a
// reader sees and the exact bounds a program compares.
std::string number(Decimal low, Decimal high) {
  return fmt::format("<span class=\"n\" data-low=\"{}\" data-high=\"{}\">{}</span>", low.str(), high.str(),
                     html_escape(score_range(low, high)));
}

std::string heading(const ScoreResult& result, const Wording& words) {
  const Station& station = *result.station;
  const Rubric& rubric = *result.rubric;
  std::string name = station.name.empty() ? station.file : station.name;
  std::string office = station.county.empty() ? "" : station.county + words.reviewer + " ";
  std::string out = fmt::format("<h1>{}{}自评得分</h1>\n", html_escape(office), html_escape(name));
  std::string source = rubric.source_document.empty() ? "" : " (" + rubric.source_document + ")";
  out += fmt::format("<p class=\"sub\">《{}》{} · {}</p>\n", html_escape(rubric.title), html_escape(source),
                     html_escape(rubric.id));
  out += "<table class=\"identity\"><tbody><tr>";
  out += cell("类别: " + (station.station_class.empty() ? "未填" : station.station_class));
  out += cell("评定基准日: " + (station.assessed_on.empty() ? "未知" : station.assessed_on));
  out += cell("文件: " + station.file);
  return out + "</tr></tbody></table>\n";
}

std::string chart(const ScoreResult& result, const Wording& words) {
  const Rubric& rubric = *result.rubric;
  std::vector<ChartBar> bars;
  for (const CategoryResult& category : result.categories) {
    bars.push_back({category.category->id + " " + category.category->title, category.low, category.high,
                    category.category->points,
                    score_range(category.low, category.high) + " / " + category.category->points.str()});
  }
  ChartLine line{rubric.pass_mark(), rubric.total,
                 fmt::format("{} {}/{}", words.pass_mark, rubric.pass_mark().str(), rubric.total.str())};
  return "<div class=\"chart\">\n" + svg_bar_chart(bars, line, "各类得分占该类分值的比例") + "</div>\n";
}

std::string total_box(const ScoreResult& result, const Wording& words) {
  const Rubric& rubric = *result.rubric;
  std::string out = fmt::format("<div class=\"box verdict-{}\">\n<p class=\"total\">总分 {} <small>(满分 {}, {} {})</small></p>\n",
                                verdict_name(result.verdict), number(result.total_low, result.total_high),
                                rubric.total.str(), html_escape(words.pass_mark), rubric.pass_mark().str());
  std::vector<std::string> parts = part_lines(result);
  if (!parts.empty()) {
    out += fmt::format("<p class=\"parts\">{}</p>\n", html_escape(fmt::format("{}", fmt::join(parts, "; "))));
  }
  if (result.total_low != result.total_high) {
    auto unknown = std::count_if(result.items.begin(), result.items.end(),
                                 [](const ItemResult& item) { return item.status == ItemStatus::unknown; });
    out += fmt::format("<p>{} 项待定: 已确定 {} 分, 待定项全部得分时最高 {} 分</p>\n", unknown,
                       result.total_low.str(), result.total_high.str());
  }
  out += fmt::format("<p class=\"verdict\">{}</p>\n", html_escape(verdict_sentence(result)));
  if (rubric.grades.size() > 1) {
    out += fmt::format("<p>等级: {}</p>\n", html_escape(result.grade.value_or("未达到任何等级")));
  }
  return out + "</div>\n";
}

std::string score_cell(const ScoreResult& result, const ItemResult& item) {
  std::string out = "<td class=\"num score\">" + number(item.low, item.high);
  out += fmt::format("<span class=\"status\">{}</span>", item_status_label(item));
  for (const Discrepancy& discrepancy : result.discrepancies) {
    if (discrepancy.item == item.item->id) {
      out += fmt::format("<span class=\"claim\">≠ {} {}, 相差 {}</span>", enum_label(discrepancy.stage),
                         discrepancy.claimed.str(),
                         (discrepancy.computed - discrepancy.claimed).str());
    }
  }
  return out + "</td>";
}

std::string category_table(const ScoreResult& result, const CategoryResult& subtotal) {
  const Category& category = *subtotal.category;
  std::string points = category_points(category);
  std::string out = fmt::format("<h3>{} {} ({})</h3>\n", html_escape(category.id), html_escape(category.title),
                                html_escape(points));
  out += "<table class=\"items\"><colgroup><col style=\"width:8%\"><col style=\"width:50%\"><col style=\"width:7%\">"
         "<col style=\"width:11%\"><col style=\"width:24%\"></colgroup>\n"
         "<thead><tr><th>编号</th><th>原文</th><th class=\"num\">分值</th><th class=\"num\">得分</th><th>说明</th>"
         "</tr></thead>\n<tbody>\n";
  for (const ItemResult& item : result.items) {
    if (item.item->category != category.id) {
      continue;
    }
    bool lost = points_lost(item) > Decimal();
    out += fmt::format("<tr data-item=\"{}\"{}>{}<td><span class=\"short\">{}</span> {}</td>{}{}{}</tr>\n",
                       html_escape(item.item->id, true), lost ? " class=\"lost\"" : "", cell(item.item->id, "id"),
                       html_escape(item.item->short_text), html_escape(item.item->text),
                       cell(item.item->points.str(), "num"), score_cell(result, item), cell(item.reason));
  }
  out += fmt::format("<tr class=\"subtotal\" data-category=\"{}\"><td colspan=\"2\">小计</td>{}"
                     "<td class=\"num score\">{}</td><td>{}</td></tr>\n",
                     html_escape(category.id, true), cell(category.points.str(), "num"),
                     number(subtotal.low, subtotal.high), subtotal.cap_reached ? "已达上限" : "");
  return out + "</tbody></table>\n";
}

std::string vetoes(const ScoreResult& result) {
  if (result.vetoes.empty()) {
    return "";
  }
  std::string out = "<h2>一票否决</h2>\n<table class=\"vetoes\"><colgroup><col style=\"width:8%\"><col style=\"width:44%\">"
                    "<col style=\"width:10%\"><col style=\"width:38%\"></colgroup>\n"
                    "<thead><tr><th>编号</th><th>内容</th><th>结果</th><th>说明</th></tr></thead>\n<tbody>\n";
  for (const VetoResult& veto : result.vetoes) {
    out += fmt::format("<tr data-veto=\"{}\" data-status=\"{}\"{}>{}{}{}{}</tr>\n", html_escape(veto.veto->id, true),
                       status_name(veto.status), veto.status == VetoStatus::triggered ? " class=\"triggered\"" : "",
                       cell(veto.veto->id, "id"), cell(veto.veto->text), cell(status_label(veto.status), "status-cell"),
                       cell(veto.reason));
  }
  return out + "</tbody></table>\n";
}

std::string signature(const Station& station, const Wording& words) {
  return fmt::format(
      "<h2>签字盖章</h2>\n<table class=\"signature\"><colgroup><col style=\"width:18%\"><col style=\"width:32%\">"
      "<col style=\"width:18%\"><col style=\"width:32%\"></colgroup><tbody>\n"
      "<tr><th>填表人</th><td></td><th>{}{}签字</th><td></td></tr>\n"
      "<tr><th>{}审核意见</th><td class=\"tall\" colspan=\"3\"></td></tr>\n"
      "<tr><th>日期</th><td>　　年　　月　　日</td><th>盖章</th><td class=\"tall\"></td></tr>\n"
      "</tbody></table>\n",
      html_escape(words.subject), html_escape(words.head),
      html_escape(words.reviewer.empty() ? "" : station.county + words.reviewer));
}

}  // namespace

std::string render_html(const ScoreResult& result, const std::vector<WhatIfChange>& what_if, int index) {
  const Wording& words = result.rubric->wording;
  std::string out = fmt::format("<section class=\"station\" id=\"station-{}\" data-file=\"{}\">\n", index,
                                html_escape(result.station->file, true));
  out += heading(result, words);
  if (std::string stages = stages_line(*result.station); !stages.empty()) {
    out += fmt::format("<p class=\"note\">评分阶段: {}</p>\n", html_escape(stages));
  }
  for (const WhatIfChange& change : what_if) {
    std::string line = what_if_line(change, *result.rubric, &result.station->facts);
    out += fmt::format("<p class=\"note\">{}</p>\n", html_escape(line));
  }
  out += "<h2>得分概况</h2>\n<div class=\"keep\">\n" + chart(result, words) + total_box(result, words) + "</div>\n";
  out += "<h2>评分明细</h2>\n";
  for (const CategoryResult& category : result.categories) {
    out += category_table(result, category);
  }
  out += html_stage_differences(result) + vetoes(result) + html_to_work_on(result) + html_findings(result) + html_missing(result);
  return out + signature(*result.station, words) + "</section>\n";
}

}  // namespace shifan::detail
