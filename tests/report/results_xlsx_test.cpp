#include <gtest/gtest.h>

#include <algorithm>
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

TEST(ResultsXlsx, ARubricWithBonusAndDeductionAddsTheirColumnsAndRows) {
  LoadedRubric rubric = load_rubric(read_document(
      "example-bonus.yaml", read_file(SHIFAN_SOURCE_DIR "/rubric/example-bonus.yaml", 1 << 20)));
  ASSERT_TRUE(rubric.rubric);
  std::string file = SHIFAN_SOURCE_DIR "/rubric/example-bonus.cases/deduction-capped.yaml";
  LoadedStation station = load_station(read_document(file, read_file(file, 1 << 20)), *rubric.rubric);
  ASSERT_TRUE(station.station);
  ScoreResult result = score(*rubric.rubric, *station.station);
  std::ostringstream out;
  std::unique_ptr<ReportWriter> writer = make_xlsx_writer(out);
  writer->station(result, {});
  writer->finish({summary_row(result)}, Tally());
  Workbook workbook = read_workbook("r.xlsx", out.str());
  ASSERT_TRUE(workbook.diagnostics.empty());
  const Sheet& summary = workbook.sheets[0];
  EXPECT_EQ(find(summary, 1, 13)->text, "基本分");  // after the categories A to D
  EXPECT_EQ(find(summary, 1, 15)->text, "扣分");
  EXPECT_EQ(find(summary, 2, 13)->text, "10");
  EXPECT_EQ(find(summary, 2, 15)->text, "3");
  const Sheet& sheet = workbook.sheets[1];
  bool capped = std::any_of(sheet.cells.begin(), sheet.cells.end(),
                            [](const Cell& cell) { return cell.text == "扣分 (已达上限)"; });
  EXPECT_TRUE(capped);
}

}  // namespace
}  // namespace shifan::detail
