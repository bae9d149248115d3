#include "table_text.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

TEST(TableText, CsvAndTabSeparatedTablesAreRecognised) {
  std::string csv = table_text_problem("\xEF\xBB\xBF事实,名称,值\r\nstation.name,司法所名称,黄村司法所\r\n");
  EXPECT_TRUE(csv.starts_with("这是 CSV 表格 (逗号分隔")) << csv;
  EXPECT_NE(csv.find("shifan template"), std::string::npos);
  std::string tabs = table_text_problem("事实\t值\nstation.name\t黄村司法所\n");
  EXPECT_TRUE(tabs.starts_with("这是从 Excel/WPS 导出或复制的表格 (制表符分隔)")) << tabs;
  // GBK bytes are still a table.
  EXPECT_FALSE(table_text_problem("\xCA\xC2\xCA\xB5,\xD6\xB5\nstation.name,x\n").empty());
}

TEST(TableText, StationFilesAreNotTables) {
  for (const char* text : {"version: 1\nstation: {name: a, class: 二类}\n", "{\"a\": 1, \"b\": 2}",
                           "# 注释, 逗号\nversion: 1\n", "- a, b\n", "a, b\nc: 1\n", "", "\n\n",
                           "just a line\n"}) {
    EXPECT_EQ(table_text_problem(text), "") << text;
  }
}

}  // namespace
}  // namespace shifan::detail
