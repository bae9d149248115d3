#include <gtest/gtest.h>

#include "shifan/document.h"
#include "workbook.h"

namespace shifan::detail {
namespace {

std::string libreoffice_workbook() {
  return read_file(SHIFAN_SOURCE_DIR "/tests/data/huangcun-libreoffice.xlsx", 1 << 20);
}

const Cell* find(const Sheet& sheet, int row, int column) {
  for (const Cell& cell : sheet.cells) {
    if (cell.row == row && cell.column == column) {
      return &cell;
    }
  }
  return nullptr;
}

TEST(WorkbookReader, ReadsSheetsSharedStringsAndNumbersOfAFileLibreOfficeWrote) {
  Workbook workbook = read_workbook("黄村.xlsx", libreoffice_workbook());
  ASSERT_TRUE(workbook.diagnostics.empty());
  ASSERT_GE(workbook.sheets.size(), 3u);
  EXPECT_EQ(workbook.sheets[0].name, "填写说明");
  const Sheet& facts = workbook.sheets[1];
  EXPECT_EQ(facts.name, "事实");
  ASSERT_NE(find(facts, 2, 1), nullptr);
  EXPECT_EQ(find(facts, 2, 1)->text, "station.name");
  EXPECT_EQ(find(facts, 2, 3)->text, "黄村司法所");
  EXPECT_EQ(find(facts, 5, 3)->kind, Cell::Kind::number);  // station.assessed_on, a date cell
  EXPECT_EQ(find(facts, 5, 3)->text, "45432");
  EXPECT_TRUE(workbook.source->is_workbook());
  EXPECT_EQ(workbook.source->sheet_name(2), "事实");
}

TEST(WorkbookReader, OldFormatsAndBrokenArchivesAreOneClearProblem) {
  Workbook xls = read_workbook("a.xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0'));
  ASSERT_EQ(xls.diagnostics.size(), 1u);
  EXPECT_EQ(format_diagnostic(xls.diagnostics[0]),
            "a.xls: 这是旧版 .xls 文件 (或设了密码的工作簿), 无法读取: 请在 WPS/Excel 中另存为 .xlsx");
  Workbook broken = read_workbook("b.xlsx", "PK\x03\x04 not a zip");
  ASSERT_EQ(broken.diagnostics.size(), 1u);
  EXPECT_TRUE(broken.sheets.empty());
}

TEST(WorkbookReader, StopsAtTheLimits) {
  WorkbookLimits limits;
  limits.max_cells = 10;
  Workbook workbook = read_workbook("黄村.xlsx", libreoffice_workbook(), ReadLimits{}, limits);
  ASSERT_EQ(workbook.diagnostics.size(), 1u);
  EXPECT_EQ(workbook.diagnostics[0].message, "共享字符串过多 (上限 10 个)");
  limits = WorkbookLimits{};
  limits.max_part = 1000;
  workbook = read_workbook("黄村.xlsx", libreoffice_workbook(), ReadLimits{}, limits);
  ASSERT_EQ(workbook.diagnostics.size(), 1u);
  EXPECT_NE(workbook.diagnostics[0].message.find("解压后过大 (上限 1000 字节"), std::string::npos);
}

TEST(WorkbookReader, CellReferences) {
  int row = 0;
  int column = 0;
  EXPECT_TRUE(parse_cell_reference("D5", row, column));
  EXPECT_EQ(row, 5);
  EXPECT_EQ(column, 4);
  EXPECT_TRUE(parse_cell_reference("XFD1048576", row, column));
  EXPECT_FALSE(parse_cell_reference("XFE1", row, column));
  EXPECT_FALSE(parse_cell_reference("A0", row, column));
  EXPECT_FALSE(parse_cell_reference("A1048577", row, column));
  EXPECT_FALSE(parse_cell_reference("5D", row, column));
  EXPECT_TRUE(looks_like_workbook("PK\x03\x04"));
  EXPECT_FALSE(looks_like_workbook("version: 1"));
}

}  // namespace
}  // namespace shifan::detail
