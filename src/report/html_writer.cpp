#include <fmt/format.h>

#include <map>
#include <ostream>

#include "html_page.h"
#include "render_html.h"
#include "report_writer.h"
#include "svg_chart.h"

namespace shifan::detail {

namespace {

std::string common_county(const std::vector<SummaryRow>& rows) {
  std::string county;
  for (const SummaryRow& row : rows) {
    if (row.valid && (row.county.empty() || (!county.empty() && row.county != county))) {
      return "";
    }
    county = row.valid ? row.county : county;
  }
  return county;
}

// The county overview: counts, a table of every file, a chart of totals with
// the pass line, the invalid files' problems. `anchors` maps a file to its section.
std::string overview(const std::vector<SummaryRow>& rows, const Tally& tally, const Rubric* rubric,
                     const std::map<std::string, int>& anchors) {
  // Without a scored station there is no rubric to take words from.
  std::string reviewer = rubric ? rubric->wording.reviewer : "";
  std::string subject = rubric ? rubric->wording.subject : "名称";
  std::string county = common_county(rows);
  std::string out = fmt::format("<section class=\"overview\">\n<h1>{}评分汇总</h1>\n",
                                html_escape(county.empty() ? "" : county + reviewer + " "));
  if (rubric) {
    out += fmt::format("<p class=\"sub\">《{}》 · {}</p>\n", html_escape(rubric->title), html_escape(rubric->id));
  }
  out += fmt::format("<div class=\"box\"><p class=\"verdict\">{}</p></div>\n", html_escape(count_line(tally)));
  out += fmt::format(
      "<table class=\"summary\"><colgroup><col style=\"width:6%\"><col style=\"width:20%\"><col style=\"width:10%\">"
      "<col style=\"width:8%\"><col style=\"width:12%\"><col style=\"width:9%\"><col style=\"width:10%\">"
      "<col style=\"width:25%\"></colgroup>\n<thead><tr><th>序号</th><th>{}</th><th>县</th><th>类别</th>"
      "<th class=\"num\">总分</th><th>结论</th><th>一票否决</th><th>文件</th></tr></thead>\n<tbody>\n",
      html_escape(subject));
  std::vector<ChartBar> bars;
  int number = 0;
  for (const SummaryRow& row : rows) {
    auto anchor = anchors.find(row.file);
    std::string name = row.valid ? html_escape(row.name) : "—";
    if (row.valid && anchor != anchors.end()) {
      name = fmt::format("<a href=\"#station-{}\">{}</a>", anchor->second, name);
    }
    std::string total = row.valid ? fmt::format("<span class=\"n\" data-low=\"{}\" data-high=\"{}\">{}</span>",
                                                row.total_low.str(), row.total_high.str(),
                                                html_escape(score_range(row.total_low, row.total_high)))
                                  : "—";
    out += fmt::format(
        "<tr data-file=\"{}\" data-verdict=\"{}\"><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "<td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
        html_escape(row.file, true), row.valid ? verdict_name(row.verdict) : "invalid", ++number, name,
        html_escape(row.county), html_escape(row.station_class), total, html_escape(short_verdict(row)),
        html_escape(fmt::format("{}", fmt::join(row.triggered, ", "))), html_escape(row.file));
    if (row.valid && rubric) {
      bars.push_back({row.name.empty() ? row.file : row.name, row.total_low, row.total_high, rubric->highest_total(),
                      score_range(row.total_low, row.total_high) + " " + short_verdict(row)});
    }
  }
  out += "</tbody></table>\n";
  if (!bars.empty()) {
    ChartLine line{rubric->pass_mark(), rubric->highest_total(), rubric->wording.pass_mark + " " + rubric->pass_mark().str()};
    out += "<div class=\"chart\">\n" + svg_bar_chart(bars, line, "各" + subject + "总分") + "</div>\n";
  }
  if (tally.invalid > 0) {
    out += "<h2>无效文件 (未评分)</h2>\n";
    for (const SummaryRow& row : rows) {
      if (!row.valid) {
        out += fmt::format("<h3>{}</h3>\n<pre>{}</pre>\n", html_escape(row.file),
                           html_escape(fmt::format("{}", fmt::join(row.problems, "\n"))));
      }
    }
  }
  return out + "</section>\n";
}

// The whole page at the end: sections are kept as they come (HTML text, not
// results), since the overview that comes first needs every file's total.
class HtmlWriter : public ReportWriter {
 public:
  explicit HtmlWriter(std::ostream& out) : m_out(out) {}

  bool collects() const override { return true; }

  void station(const ScoreResult& result, const std::vector<WhatIfChange>& what_if) override {
    m_rubric = result.rubric;
    int index = static_cast<int>(m_sections.size()) + 1;
    m_anchors.emplace(result.station->file, index);
    m_sections.push_back(render_html(result, what_if, index));
    if (m_title.empty()) {
      m_title = (result.station->name.empty() ? result.station->file : result.station->name) + "自评得分";
    }
  }

  void finish(const std::vector<SummaryRow>& rows, const Tally& tally) override {
    std::string body;
    std::string title = m_title;
    if (tally.files() != 1 || m_sections.empty()) {
      body = overview(rows, tally, m_rubric, m_anchors);
      title = "评分汇总 (" + count_line(tally) + ")";
    }
    for (const std::string& section : m_sections) {
      body += section;
    }
    m_out << html_page(title, body);
  }

  bool counts_in_report() const override { return true; }

 private:
  std::ostream& m_out;
  const Rubric* m_rubric = nullptr;
  std::vector<std::string> m_sections;
  std::map<std::string, int> m_anchors;
  std::string m_title;
};

}  // namespace

std::unique_ptr<ReportWriter> make_html_writer(std::ostream& out) {
  return std::make_unique<HtmlWriter>(out);
}

}  // namespace shifan::detail
