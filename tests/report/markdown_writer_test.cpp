#include <gtest/gtest.h>

#include <sstream>

#include "batch_test_support.h"
#include "report_writer.h"

namespace shifan::detail {
namespace {

TEST(MarkdownWriter, OneStationHasNoSummary) {
  Station station = shifan::testing::example_station("examples/yunling.yaml");
  ScoreResult result = score(shifan::testing::anhui_rubric(), station);
  std::ostringstream out;
  std::unique_ptr<ReportWriter> writer = make_markdown_writer(out, "司法所");
  writer->station(result, {});
  Tally tally;
  tally.count(summary_row(result));
  writer->finish({summary_row(result)}, tally);
  EXPECT_EQ(out.str().find("## 汇总"), std::string::npos);
  EXPECT_EQ(out.str().find("共 "), std::string::npos);
}

TEST(MarkdownWriter, SeveralFilesEndWithASummaryAndCounts) {
  std::ostringstream out;
  std::unique_ptr<ReportWriter> writer = make_markdown_writer(out, "司法所");
  std::vector<SummaryRow> rows = {shifan::testing::make_row("a.yaml", "云岭司法所", Verdict::eligible, 9700, 9700),
                                  invalid_row("b|c.yaml", {"problem"})};
  rows[0].county = "泾县";
  rows[0].station_class = "一类";
  Tally tally;
  for (const SummaryRow& row : rows) {
    tally.count(row);
  }
  writer->finish(rows, tally);
  EXPECT_EQ(out.str(),
            "## 汇总\n\n"
            "| 司法所 | 县 | 类别 | 总分 | 结论 | 一票否决 | 文件 |\n"
            "|---|---|---|---:|---|---|---|\n"
            "| 云岭司法所 | 泾县 | 一类 | 97 | 符合 |  | `a.yaml` |\n"
            "| — |  |  | — | 无效 |  | `b\\|c.yaml` |\n"
            "\n共 2 个文件: 评分 1 个 (符合 1, 不符合 0, 待定 0), 无效 1 个\n");
  EXPECT_TRUE(writer->counts_in_report());
}

}  // namespace
}  // namespace shifan::detail
