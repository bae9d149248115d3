#include "render_markdown.h"

#include <gtest/gtest.h>

#include "batch_test_support.h"
#include "shifan/render.h"
#include "work_on.h"

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
  EXPECT_NE(text.find("- 假设: mediation.disputes (年度调解纠纷数 (评定基准日前 12 个月)) = 96 (原为 95)\n"), std::string::npos);
  EXPECT_NE(text.find("- **总分: 97** (满分 100, 申报线 95)\n"), std::string::npos);
  EXPECT_NE(text.find("### 分类得分\n\n| 类别 | 名称 | 分值 | 得分 |\n|---|---|---:|---:|\n| A | 队伍建设好 | 30 | 29 |\n"),
            std::string::npos);
  EXPECT_NE(text.find("| A3 | 党建阵地与纪律 | 5 | 4 | 部分得分 | 评分 4 分 |\n"), std::string::npos);
  EXPECT_NE(text.find("| A8 | 本科法律背景 | 1 | 1 | 不适用 |"), std::string::npos);
  EXPECT_NE(text.find("| V6 | 工作人员近2年受到党纪、政纪处分或刑事处罚 | 触发 |"), std::string::npos);
  EXPECT_TRUE(text.ends_with("\n**结论: 不符合申报条件 (触发一票否决: V6 工作人员近2年受到党纪、政纪处分或刑事处罚)**\n"));
}

TEST(Markdown, HasTheWorkOnListDiscrepanciesAndMissingFactsAsTheTextReport) {
  Station station = shifan::testing::example_station("examples/changqiao.json");
  ScoreResult result = score(shifan::testing::anhui_rubric(), station);
  std::string text = render_markdown(result, {});
  std::string plain = render_text(result, TextStyle{});
  std::size_t work_on = text.find("### 补短板 (失分和待定项, 按分值从大到小)\n\n| 编号 | 项目 | 失分 | 说明 |\n");
  ASSERT_NE(work_on, std::string::npos) << text;
  for (const WorkOnLine& item : work_on_lines(result)) {
    std::string row = "| " + item.result->item->id + " | " + markdown_cell(item.result->item->short_text) + " | " +
                      item.what + " | " + markdown_cell(item.note) + " |\n";
    EXPECT_NE(text.find(row, work_on), std::string::npos) << row;
    EXPECT_NE(plain.find(item.note), std::string::npos) << "the text report has the same note: " << item.note;
  }
  EXPECT_NE(text.find("缺: "), std::string::npos) << "missing facts are named";
  if (!result.discrepancies.empty()) {
    const Discrepancy& first = result.discrepancies.front();
    EXPECT_NE(text.find("### 自评与核定不一致\n\n| 编号 | 自评 | 核定 | 说明 |\n|---|---:|---:|---|\n| " + first.item),
              std::string::npos)
        << text;
  }
}

TEST(Markdown, ListsDiscrepancies) {
  Station station = shifan::testing::example_station("examples/tingxi.yaml");
  ScoreResult result = score(shifan::testing::anhui_rubric(), station);
  result.discrepancies.push_back(Discrepancy{"B6", Decimal::from_int(2), Decimal::from_int(1)});
  std::string text = render_markdown(result, {});
  EXPECT_NE(text.find("### 自评与核定不一致\n\n| 编号 | 自评 | 核定 | 说明 |\n|---|---:|---:|---|\n"), std::string::npos);
  EXPECT_NE(text.find("| B6 | 2 | 1 | 自评 2 分, 按事实核定 1 分 |\n"), std::string::npos) << text;
}

}  // namespace
}  // namespace shifan::detail
