#include "render_markdown.h"

#include <gtest/gtest.h>

#include "batch_test_support.h"

namespace shifan::detail {
namespace {

TEST(Markdown, EscapesTableCells) {
  EXPECT_EQ(markdown_cell("a|b\\c\nd"), "a\\|b\\\\c d");
}

TEST(Markdown, BuildsATableWithAlignment) {
  EXPECT_EQ(markdown_table({"编号", "分值"}, {false, true}, {{"A1", "5"}, {"A|2", "2.5"}}),
            "| 编号 | 分值 |\n|---|---:|\n| A1 | 5 |\n| A\\|2 | 2.5 |\n");
}

TEST(Markdown, StationSectionHasEveryPart) {
  Station station = shifan::testing::example_station("examples/tingxi.yaml");
  ScoreResult result = score(shifan::testing::anhui_rubric(), station);
  std::string text = render_markdown(result, {WhatIfChange{"mediation.disputes", "96", "95"}});
  EXPECT_EQ(text.rfind("## 汀溪司法所\n\n- 文件: `examples/tingxi.yaml`\n- 县: 泾县\n- 类别: 三类\n", 0), 0u) << text;
  EXPECT_NE(text.find("- 假设: mediation.disputes (年度调解纠纷数) = 96 (原为 95)\n"), std::string::npos);
  EXPECT_NE(text.find("- **总分: 97** (满分 100, 申报线 95)\n"), std::string::npos);
  EXPECT_NE(text.find("### 分类得分\n\n| 类别 | 名称 | 分值 | 得分 |\n|---|---|---:|---:|\n| A | 队伍建设好 | 30 | 29 |\n"),
            std::string::npos);
  EXPECT_NE(text.find("| A3 | 党建阵地与纪律 | 5 | 4 | 部分得分 | 评分 4 分 |\n"), std::string::npos);
  EXPECT_NE(text.find("| A8 | 本科法律背景 | 1 | 1 | 不适用 |"), std::string::npos);
  EXPECT_NE(text.find("| V6 | 工作人员近2年受到党纪、政纪处分或刑事处罚 | 触发 |"), std::string::npos);
  EXPECT_TRUE(text.ends_with("\n**结论: 不符合申报条件 (触发一票否决: V6 工作人员近2年受到党纪、政纪处分或刑事处罚)**\n"));
}

}  // namespace
}  // namespace shifan::detail
