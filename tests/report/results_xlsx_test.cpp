#include <gtest/gtest.h>

#include <sstream>

#include "batch_test_support.h"
#include "report_writer.h"
#include "workbook.h"

namespace shifan::detail {
namespace {

const Cell* find(const Sheet& sheet, int row, int column) {
  for (const Cell& cell : sheet.cells) {
    if (cell.row == row && cell.column == column) {
      return &cell;
    }
  }
  return nullptr;
}

TEST(ResultsXlsx, ASummaryRowPerFileWithNumbersThenASheetPerStation) {
  std::ostringstream out;
  std::unique_ptr<ReportWriter> writer = make_xlsx_writer(out);
  Station station = testing::example_station("examples/huangcun.yaml");
  ScoreResult result = score(testing::anhui_rubric(), station);
  writer->station(result, {});
  std::vector<SummaryRow> rows{summary_row(result), invalid_row("bad.yaml", {"bad.yaml:1:1: 站点文件为空"})};
  Tally tally;
  writer->finish(rows, tally);
  Workbook workbook = read_workbook("r.xlsx", out.str());
  ASSERT_TRUE(workbook.diagnostics.empty());
  ASSERT_EQ(workbook.sheets.size(), 2u);
  const Sheet& summary = workbook.sheets[0];
  EXPECT_EQ(summary.name, "汇总");
  EXPECT_EQ(find(summary, 2, 2)->text, "黄村司法所");
  EXPECT_EQ(find(summary, 2, 5)->kind, Cell::Kind::number);
  EXPECT_EQ(find(summary, 2, 5)->text, "83.5");
  EXPECT_EQ(find(summary, 2, 7)->text, "不符合");
  EXPECT_EQ(find(summary, 3, 7)->text, "无效");
  EXPECT_EQ(workbook.sheets[1].name, "黄村司法所");
}

}  // namespace
}  // namespace shifan::detail
