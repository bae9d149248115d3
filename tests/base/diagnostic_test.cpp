#include "shifan/diagnostic.h"

#include <gtest/gtest.h>

namespace shifan {
namespace {

TEST(Diagnostic, FormatsPositionSourceAndCaret) {
  Source source("station.yaml", "station:\n  nmae: 黄村\n");
  EXPECT_EQ(format_diagnostic(source.diagnose(2, 3, "unknown key 'nmae'")),
            "station.yaml:2:3: unknown key 'nmae'\n"
            "    nmae: 黄村\n"
            "    ^");
}

TEST(Diagnostic, WarningsSayWarning) {
  Source source("station.yaml", "functions: [会议室]\n");
  Diagnostic warning = source.diagnose(1, 13, "不在常见取值中");
  warning.severity = Severity::warning;
  EXPECT_EQ(format_diagnostic(warning),
            "station.yaml:1:13: 警告: 不在常见取值中\n"
            "  functions: [会议室]\n"
            "              ^");
}

TEST(Diagnostic, ControlCharactersAndBadBytesAreNotPrinted) {
  Source source("s.yaml", "a: \x1b[2J\x01\xFF\x7F x\n");
  EXPECT_EQ(format_diagnostic(source.diagnose(1, 11, "key '\x1b[31m'")),
            "s.yaml:1:11: key '\uFFFD[31m'\n"
            "  a: \uFFFD[2J\uFFFD\uFFFD\uFFFD x\n"
            "            ^");
}

TEST(Diagnostic, CaretCountsWideCharactersTwice) {
  Source source("f.yaml", "名称: 黄村 x\n");
  EXPECT_EQ(format_diagnostic(source.diagnose(1, 8, "here")),
            "f.yaml:1:8: here\n"
            "  名称: 黄村 x\n"
            "             ^");
}

TEST(Diagnostic, ShowsAWindowOfALongLine) {
  std::string line = std::string(100, 'a') + "X" + std::string(100, 'b');
  Source source("f.json", line);
  std::string shown = "…" + std::string(60, 'a') + "X" + std::string(59, 'b') + "…";
  EXPECT_EQ(format_diagnostic(source.diagnose(1, 101, "here")),
            "f.json:1:101: here\n  " + shown + "\n  " + std::string(61, ' ') + "^");
}

TEST(Diagnostic, LeavesOutWhatIsNotKnown) {
  EXPECT_EQ(format_diagnostic({"f.yaml", 0, 0, "empty file", ""}), "f.yaml: empty file");
  EXPECT_EQ(format_diagnostic({"", 0, 0, "no input", ""}), "no input");
  EXPECT_EQ(format_diagnostic({"f.yaml", 3, 0, "bad", ""}), "f.yaml:3: bad");
}

TEST(Source, LinesWithoutLineEnds) {
  Source source("f", "a\r\nbb\nccc");
  EXPECT_EQ(source.line(1), "a");
  EXPECT_EQ(source.line(2), "bb");
  EXPECT_EQ(source.line(3), "ccc");
  EXPECT_EQ(source.line(4), "");
  EXPECT_EQ(source.line(0), "");
}

TEST(DisplayWidth, CountsColumns) {
  EXPECT_EQ(display_width("abc"), 3);
  EXPECT_EQ(display_width("黄村司法所"), 10);
  EXPECT_EQ(display_width("一类，"), 6);
}

TEST(Diagnostic, CellReferencesCountColumnsInLetters) {
  EXPECT_EQ(cell_reference(5, 4), "D5");
  EXPECT_EQ(cell_reference(1, 26), "Z1");
  EXPECT_EQ(cell_reference(1, 27), "AA1");
  EXPECT_EQ(cell_reference(1048576, 16384), "XFD1048576");
}

TEST(Diagnostic, AWorkbookCellPrintsSheetAndCellWithoutCaret) {
  Source source("黄村.xlsx", std::vector<std::string>{"事实", "工作人员"});
  EXPECT_TRUE(source.is_workbook());
  EXPECT_EQ(format_diagnostic(source.diagnose(Mark{5, 4, 2}, "应为 是/否")), "黄村.xlsx:工作人员!D5: 应为 是/否");
  EXPECT_EQ(format_diagnostic(source.diagnose(Mark{0, 0, 1}, "未知的工作表")), "黄村.xlsx:事实: 未知的工作表");
  EXPECT_EQ(format_diagnostic(source.diagnose(Mark{2, 3, 0}, "x")), "黄村.xlsx:2:3: x");
}

}  // namespace
}  // namespace shifan
