#include "report_writer.h"

#include <gtest/gtest.h>

#include <stdlib.h>

#include <list>
#include <sstream>

#include "batch_test_support.h"

namespace shifan::detail {
namespace {

ScoreResult yunling_result(Station& station) {
  station = shifan::testing::example_station("examples/yunling.yaml");
  return score(shifan::testing::anhui_rubric(), station);
}

TEST(ReportWriter, JsonWithoutWhatIfIsRenderJson) {
  Station station;
  ScoreResult result = yunling_result(station);
  EXPECT_EQ(render_json_what_if(result, {}), render_json(result));
}

TEST(ReportWriter, JsonGainsATopLevelWhatIfMember) {
  Station station;
  ScoreResult result = yunling_result(station);
  std::string json = render_json_what_if(
      result, {WhatIfChange{"mediation.disputes_resolved", "185", "184"}, WhatIfChange{"scores.C5", "3", {}}});
  std::string plain = render_json(result);
  EXPECT_EQ(json.substr(0, plain.size() - 2), plain.substr(0, plain.size() - 2));
  EXPECT_TRUE(json.ends_with(",\"what_if\":[{\"path\":\"mediation.disputes_resolved\",\"value\":\"185\",\"was\":\"184\"},"
                             "{\"path\":\"scores.C5\",\"value\":\"3\",\"was\":null}]}\n"))
      << json.substr(plain.size() - 10);
}

TEST(ReportWriter, TextShowsWhatIfLinesAndForSeveralTheSummary) {
  Station station;
  ScoreResult result = yunling_result(station);
  std::ostringstream out;
  WriterOptions options;
  options.subject = "司法所";
  std::unique_ptr<ReportWriter> writer = make_writer(options, out);
  writer->station(result, {WhatIfChange{"mediation.disputes_resolved", "185", "184"}});
  writer->station(result, {});
  std::vector<SummaryRow> rows = {summary_row(result), summary_row(result)};
  Tally tally;
  tally.count(rows[0]);
  tally.count(rows[1]);
  writer->finish(rows, tally);
  std::string text = out.str();
  EXPECT_EQ(text.rfind("假设: mediation.disputes_resolved (调解成功数 (评定基准日前 12 个月)) = 185 (原为 184)\n云岭司法所 (泾县", 0), 0u);
  EXPECT_NE(text.find("结论: 符合申报条件 (总分 97.5 ≥ 95, 未触发一票否决)\n\n云岭司法所 (泾县"), std::string::npos);
  EXPECT_NE(text.find("\n\n汇总\n  司法所"), std::string::npos);
  EXPECT_TRUE(text.ends_with("\n\n共 2 个文件: 评分 2 个 (符合 2, 不符合 0, 待定 0)\n"));
}

TEST(ReportWriter, TextForOneStationHasNoSummaryOrCounts) {
  Station station;
  ScoreResult result = yunling_result(station);
  std::ostringstream out;
  std::unique_ptr<ReportWriter> writer = make_writer(WriterOptions{}, out);
  writer->station(result, {});
  Tally tally;
  tally.count(summary_row(result));
  writer->finish({summary_row(result)}, tally);
  EXPECT_EQ(out.str(), render_text(result, TextStyle{}));
}

// The example stations through a writer of `format`, each scored with or
// without reasons (ScoreOptions) and summed up with or without the rows'
// details (summary_row), as a batch would.
std::string examples_report(Format format, bool reasons, bool details = true) {
  const Rubric& rubric = shifan::testing::anhui_rubric();
  std::list<Station> stations;  // collecting writers keep results that point into them
  WriterOptions options;
  options.format = format;
  options.subject = "司法所";
  options.several = true;
  for (const Category& category : rubric.categories) {
    options.categories.push_back(category.id);
    for (const Item& item : category.items) {
      options.items.push_back(item.id);
    }
  }
  std::ostringstream out;
  std::unique_ptr<ReportWriter> writer = make_writer(options, out);
  std::vector<SummaryRow> rows;
  Tally tally;
  for (const char* file : {"examples/huangcun.yaml", "examples/tingxi.yaml", "examples/yunling.yaml",
                           "examples/changqiao.json"}) {
    const Station& station = stations.emplace_back(shifan::testing::example_station(file));
    ScoreResult result = score(rubric, station, ScoreOptions{.reasons = reasons});
    writer->station(result, {});
    rows.push_back(summary_row(result, details));
    tally.count(rows.back());
  }
  writer->finish(rows, tally);
  return out.str();
}

TEST(ReportWriter, OnlyCsvAndJunitLetABatchScoreWithoutReasons) {
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);  // the same workbook bytes twice
  for (const EnumName<Format>& format : EnumTable<Format>::entries) {
    std::ostringstream sink;
    WriterOptions options;
    options.format = format.value;
    bool prints = make_writer(options, sink)->prints_reasons();
    EXPECT_EQ(prints, format.value != Format::csv && format.value != Format::junit) << format.name;
    // A writer that prints no reasons writes the same without them (the
    // not eligible stations' JUnit failures and lost points included).
    EXPECT_EQ(examples_report(format.value, true) != examples_report(format.value, false), prints) << format.name;
  }
  ::unsetenv("SOURCE_DATE_EPOCH");
}

TEST(ReportWriter, WritersThatPrintNoRowDetailsWriteTheSameWithout) {
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  for (const EnumName<Format>& format : EnumTable<Format>::entries) {
    std::ostringstream sink;
    WriterOptions options;
    options.format = format.value;
    bool prints = make_writer(options, sink)->prints_row_details();
    bool expected = format.value == Format::junit || format.value == Format::markdown ||
                    format.value == Format::html || format.value == Format::xlsx;
    EXPECT_EQ(prints, expected) << format.name;
    if (!prints) {
      EXPECT_EQ(examples_report(format.value, true, false), examples_report(format.value, true)) << format.name;
    }
  }
  // JUnit prints them: its failures hold the verdict sentence and lost points.
  EXPECT_NE(examples_report(Format::junit, true, false), examples_report(Format::junit, true));
  ::unsetenv("SOURCE_DATE_EPOCH");
}

}  // namespace
}  // namespace shifan::detail
