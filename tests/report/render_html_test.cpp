#include "render_html.h"

#include <gtest/gtest.h>

#include "batch_test_support.h"

namespace shifan::detail {
namespace {

ScoreResult scored(const Station& station) {
  return score(shifan::testing::anhui_rubric(), station);
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Every part is somewhere in `text`.
void expect_parts(const std::string& text, const std::vector<std::string>& parts) {
  for (const std::string& part : parts) {
    EXPECT_TRUE(has(text, part)) << part;
  }
}

TEST(RenderHtml, HeadingInTheFormsWords) {
  Station station = shifan::testing::example_station("examples/tingxi.yaml");
  std::string html = render_html(scored(station), {WhatIfChange{"mediation.disputes", "96", "95"}}, 3);
  EXPECT_EQ(html.rfind("<section class=\"station\" id=\"station-3\" data-file=\"examples/tingxi.yaml\">\n"
                       "<h1>泾县司法局 汀溪司法所自评得分</h1>\n"
                       "<p class=\"sub\">《省示范司法所评定实施细则》 (泾司发〔2024〕8号 附件) · anhui-2024</p>\n",
                       0),
            0u)
      << html;
  EXPECT_TRUE(has(html, "<td>类别: 三类</td><td>评定基准日: 2024-05-20</td><td>文件: examples/tingxi.yaml</td>"));
  EXPECT_TRUE(has(html, "<p class=\"note\">假设: mediation.disputes (年度调解纠纷数 (评定基准日前 12 个月)) = 96 (原为 95)</p>"));
  EXPECT_TRUE(html.ends_with("</table>\n</section>\n"));
}

TEST(RenderHtml, ItemsWithFullTextScoreAndReason) {
  Station station = shifan::testing::example_station("examples/tingxi.yaml");
  std::string html = render_html(scored(station), {}, 1);
  EXPECT_TRUE(has(html, "<h3>A 队伍建设好 (30 分)</h3>"));
  EXPECT_TRUE(has(html, "<tr data-item=\"A3\" class=\"lost\"><td class=\"id\">A3</td><td><span class=\"short\">"
                        "党建阵地与纪律</span> "));
  EXPECT_TRUE(has(html, "<td class=\"num\">5</td><td class=\"num score\"><span class=\"n\" data-low=\"4\" "
                        "data-high=\"4\">4</span><span class=\"status\">部分得分</span></td><td>评分 4 分</td></tr>"));
  EXPECT_TRUE(has(html, "<tr class=\"subtotal\" data-category=\"A\"><td colspan=\"2\">小计</td><td class=\"num\">30"
                        "</td><td class=\"num score\"><span class=\"n\" data-low=\"29\" data-high=\"29\">29</span>"));
  expect_parts(html, {"<tr data-veto=\"V6\" data-status=\"triggered\" class=\"triggered\">",
                      "<p class=\"verdict\">结论: 不符合申报条件 (触发一票否决: V6 工作人员近2年受到党纪、政纪处分或刑事处罚)</p>",
                      "总分 <span class=\"n\" data-low=\"97\" data-high=\"97\">97</span> <small>(满分 100, 申报线 95)</small>",
                      ">申报线 95/100</text>", "<th>填表人</th>", "<th>司法所所长签字</th>", "<th>泾县司法局审核意见</th>",
                      "<th>盖章</th>"});
  EXPECT_FALSE(has(html, "尚缺事实"));
}

TEST(RenderHtml, FindingsGiveTheScorersReasons) {
  Station station = shifan::testing::example_station("examples/tingxi.yaml");
  std::string html = render_html(scored(station), {}, 1);
  std::size_t findings = html.find("<h2>按事实认定的问题");
  ASSERT_NE(findings, std::string::npos);
  EXPECT_NE(html.find("<tr><td>V6</td><td>工作人员近2年受到党纪、政纪处分或刑事处罚</td><td>触发</td><td>有工作人员在 "
                      "2022-05-20 之后受到党纪、政纪处分或刑事处罚: 许某某 (2023-08-15 政纪处分)</td></tr>",
                      findings),
            std::string::npos);
  Station huangcun = shifan::testing::example_station("examples/huangcun.yaml");
  std::string other = render_html(scored(huangcun), {}, 1);
  std::size_t at = other.find("<h2>按事实认定的问题");
  ASSERT_NE(at, std::string::npos);
  EXPECT_NE(other.find("<tr><td>A9</td><td>业务培训</td><td>未得分</td><td>近1年 (2023-05-20 之后) 业务培训未达到 90 小时 "
                        "(12 天): 章某某 (60 小时)</td>", at), std::string::npos);
  EXPECT_EQ(other.find("<tr><td>A1</td>", at), std::string::npos) << "assessed items are the assessor's, not findings";
}

TEST(RenderHtml, ClaimedAndDecidedScoresBothShown) {
  Station station = shifan::testing::example_station("examples/huangcun.yaml");
  std::string html = render_html(scored(station), {}, 1);
  EXPECT_TRUE(has(html, "<span class=\"n\" data-low=\"0\" data-high=\"0\">0</span><span class=\"status\">未得分</span>"
                        "<span class=\"claim\">≠ 自评 1, 相差 -1</span>"))
      << html;
}

TEST(RenderHtml, UndeterminedTotalHasBoundsAndMissingFacts) {
  Station station = shifan::testing::example_station("examples/changqiao.json");
  std::string html = render_html(scored(station), {}, 1);
  EXPECT_TRUE(has(html, "总分 <span class=\"n\" data-low=\"88.5\" data-high=\"96.5\">88.5–96.5</span>"));
  EXPECT_TRUE(has(html, "<p>4 项待定: 已确定 88.5 分, 待定项全部得分时最高 96.5 分</p>"));
  EXPECT_TRUE(has(html, "<h2>尚缺事实 (补齐后才能定分)</h2>"));
  EXPECT_TRUE(has(html, "<tr><td>C5</td><td>台账档案</td><td>scores.C5"));
  // Largest loss first: C5 (3 at stake) before A2 (0.5).
  std::size_t work = html.find("<h2>补短板");
  ASSERT_NE(work, std::string::npos);
  EXPECT_LT(html.find("<tr><td>C5</td><td>台账档案</td><td>待定, 最多可失 3 分</td>", work),
            html.find("<tr><td>A2</td><td>党的基层组织</td><td>失 0.5 分</td>", work));
  EXPECT_TRUE(has(html, "stroke-dasharray=\"3 2\""));
}

TEST(RenderHtml, WordsAreTheRubrics) {
  Rubric rubric = shifan::testing::anhui_rubric();
  rubric.wording = Wording{"评定对象", "分数线", "达到 省示范", "未达到 省示范", "待定", "", "负责人"};
  Station station = shifan::testing::example_station("examples/yunling.yaml");
  std::string html = render_html(score(rubric, station), {}, 1);
  expect_parts(html, {"<h1>泾县 云岭司法所自评得分</h1>", "<th>评定对象负责人签字</th>", "<th>审核意见</th>",
                      "(满分 100, 分数线 95)", ">分数线 95/100</text>", "<p class=\"verdict\">结论: 达到 省示范 (总分 97.5"});
  EXPECT_FALSE(has(html, "司法局 "));
  EXPECT_FALSE(has(html, "申报线"));
}

TEST(RenderHtml, EscapesStationText) {
  Station station = shifan::testing::example_station("examples/yunling.yaml");
  station.name = "<云岭>&";
  std::string html = render_html(scored(station), {}, 1);
  EXPECT_TRUE(has(html, "<h1>泾县司法局 &lt;云岭&gt;&amp;自评得分</h1>"));
  EXPECT_FALSE(has(html, "<云岭>"));
}

}  // namespace
}  // namespace shifan::detail
