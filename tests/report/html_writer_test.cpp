#include <gtest/gtest.h>

#include <sstream>

#include "batch_test_support.h"
#include "report_writer.h"

namespace shifan::detail {
namespace {

// The page for example station files, then `invalid` rows, as run_batch
// would drive the writer (rows sorted by total).
std::string write_html(const std::vector<std::string>& files, const std::vector<SummaryRow>& invalid = {}) {
  std::vector<Station> stations;
  for (const std::string& file : files) {
    stations.push_back(shifan::testing::example_station(file));
  }
  std::ostringstream out;
  std::unique_ptr<ReportWriter> writer = make_html_writer(out);
  EXPECT_TRUE(writer->counts_in_report());
  std::vector<SummaryRow> rows;
  for (const Station& station : stations) {
    ScoreResult result = score(shifan::testing::anhui_rubric(), station);
    writer->station(result, {});
    rows.push_back(summary_row(result));
  }
  rows.insert(rows.end(), invalid.begin(), invalid.end());
  Tally tally;
  for (const SummaryRow& row : rows) {
    tally.count(row);
  }
  sort_rows(rows, SortKey::total);
  writer->finish(rows, tally);
  return out.str();
}

TEST(HtmlWriter, OneStationIsOnePageWithoutOverview) {
  std::string html = write_html({"examples/yunling.yaml"});
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<title>云岭司法所自评得分</title>"), std::string::npos);
  EXPECT_EQ(html.find("class=\"overview\""), std::string::npos);
  EXPECT_NE(html.find("<section class=\"station\" id=\"station-1\""), std::string::npos);
}

TEST(HtmlWriter, SeveralFilesStartWithTheOverview) {
  std::string html = write_html({"examples/tingxi.yaml", "examples/yunling.yaml"},
                                {invalid_row("bad<1>.yaml", {"bad<1>.yaml:1:1: 问题\n  x: 1\n  ^"})});
  std::size_t overview = html.find("<section class=\"overview\">\n<h1>泾县司法局 评分汇总</h1>");
  ASSERT_NE(overview, std::string::npos) << html;
  EXPECT_LT(overview, html.find("<section class=\"station\""));
  EXPECT_NE(html.find("共 3 个文件: 评分 2 个 (符合 1, 不符合 1, 待定 0), 无效 1 个"), std::string::npos);
  // Sorted by total; each name links to its station's section (input order).
  std::size_t first = html.find("<td class=\"num\">1</td><td><a href=\"#station-2\">云岭司法所</a></td>");
  std::size_t second = html.find("<td class=\"num\">2</td><td><a href=\"#station-1\">汀溪司法所</a></td>");
  EXPECT_NE(first, std::string::npos);
  EXPECT_LT(first, second);
  EXPECT_NE(html.find("<span class=\"n\" data-low=\"97.5\" data-high=\"97.5\">97.5</span></td><td>符合</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<tr data-file=\"bad&lt;1&gt;.yaml\" data-verdict=\"invalid\">"), std::string::npos);
  EXPECT_NE(html.find("<h3>bad&lt;1&gt;.yaml</h3>\n<pre>bad&lt;1&gt;.yaml:1:1: 问题\n  x: 1\n  ^</pre>"),
            std::string::npos);
  EXPECT_NE(html.find(">申报线 95</text>"), std::string::npos);
  EXPECT_NE(html.find(">97 不符合</text>"), std::string::npos);
  EXPECT_NE(html.find("<section class=\"station\" id=\"station-2\" data-file=\"examples/yunling.yaml\">"),
            std::string::npos);
}

TEST(HtmlWriter, OnlyInvalidFilesStillMakeAPage) {
  std::string html = write_html({}, {invalid_row("a.yaml", {"a.yaml: 无法读取"})});
  EXPECT_NE(html.find("<h2>无效文件 (未评分)</h2>"), std::string::npos);
  EXPECT_TRUE(html.ends_with("</html>\n"));
}

}  // namespace
}  // namespace shifan::detail
