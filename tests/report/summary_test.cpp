#include "summary.h"

#include <gtest/gtest.h>

#include "batch_test_support.h"
#include "shifan/cli.h"

namespace shifan::detail {
namespace {

using shifan::testing::anhui_rubric;
using shifan::testing::example_station;

SummaryRow row_for(const std::string& file) {
  Station station = example_station(file);
  return summary_row(score(anhui_rubric(), station));
}

SummaryRow named(std::string name, int low, int high) {
  return shifan::testing::make_row("", std::move(name), Verdict::eligible, low * 100, high * 100);
}

SummaryRow with(Verdict verdict) { return shifan::testing::make_row("", "", verdict); }

TEST(Summary, RowOfANotEligibleStation) {
  SummaryRow row = row_for("examples/tingxi.yaml");
  EXPECT_EQ(row.file, "examples/tingxi.yaml");
  EXPECT_EQ(row.name, "汀溪司法所");
  EXPECT_EQ(row.county, "泾县");
  EXPECT_EQ(row.station_class, "三类");
  EXPECT_EQ(row.total_low.str(), "97");
  EXPECT_EQ(row.verdict, Verdict::not_eligible);
  EXPECT_EQ(row.triggered, std::vector<std::string>{"V6"});
  ASSERT_EQ(row.categories.size(), 5u);
  EXPECT_EQ(row.categories[0].first, "A");
  EXPECT_EQ(row.categories[0].second.first.str(), "29");
  EXPECT_EQ(row.verdict_sentence, "结论: 不符合申报条件 (触发一票否决: V6 工作人员近2年受到党纪、政纪处分或刑事处罚)");
  ASSERT_EQ(row.lost.size(), 5u);
  EXPECT_EQ(lost_line(row.lost[0]), "A3 党建阵地与纪律: 失 1 分");
}

TEST(Summary, RowWithoutDetailsKeepsTheFiguresOnly) {
  Station station = example_station("examples/tingxi.yaml");
  ScoreResult result = score(anhui_rubric(), station);
  SummaryRow full = summary_row(result);
  SummaryRow lean = summary_row(result, false);
  EXPECT_EQ(lean.name, full.name);
  EXPECT_EQ(lean.total_low, full.total_low);
  EXPECT_EQ(lean.triggered, full.triggered);
  EXPECT_EQ(lean.categories, full.categories);
  EXPECT_EQ(lean.parts.size(), full.parts.size());
  EXPECT_EQ(lean.item_scores, full.item_scores);
  EXPECT_FALSE(full.verdict_sentence.empty());
  EXPECT_TRUE(lean.verdict_sentence.empty());
  EXPECT_TRUE(lean.part_lines.empty());
  EXPECT_TRUE(lean.lost.empty());
}

TEST(Summary, RowOfAnUndeterminedStationKeepsBounds) {
  SummaryRow row = row_for("examples/changqiao.json");
  EXPECT_EQ(score_range(row.total_low, row.total_high), "88.5–96.5");
  EXPECT_EQ(row.verdict, Verdict::undetermined);
  EXPECT_EQ(short_verdict(row), "待定");
}

TEST(Summary, CountLineAndExitCode) {
  Tally tally;
  EXPECT_EQ(tally.exit_code(), k_exit_ok);
  tally.count(with(Verdict::eligible));
  tally.count(with(Verdict::undetermined));
  EXPECT_EQ(tally.exit_code(), k_exit_undetermined);
  tally.count(with(Verdict::not_eligible));
  EXPECT_EQ(tally.exit_code(), k_exit_failed);
  EXPECT_EQ(count_line(tally), "共 3 个文件: 评分 3 个 (符合 1, 不符合 1, 待定 1)");
  tally.count(invalid_row("bad.yaml", {"bad.yaml:1:1: 站点文件为空"}));
  EXPECT_EQ(tally.exit_code(), k_exit_input_error);
  EXPECT_EQ(count_line(tally), "共 4 个文件: 评分 3 个 (符合 1, 不符合 1, 待定 1), 无效 1 个");
}

TEST(Summary, SortsByTotalHighestFirstAndInvalidLast) {
  std::vector<SummaryRow> rows = {invalid_row("x.yaml", {}), named("乙", 90, 90), named("甲", 90, 96),
                                  named("丙", 97, 97), named("丁", 90, 90)};
  sort_rows(rows, SortKey::total);
  std::vector<std::string> order;
  for (const SummaryRow& row : rows) {
    order.push_back(row.valid ? row.name : row.file);
  }
  EXPECT_EQ(order, (std::vector<std::string>{"丙", "甲", "乙", "丁", "x.yaml"}));
}

TEST(Summary, SortsByNameInPinyinOrderOrKeepsInputOrder) {
  std::vector<SummaryRow> rows = {named("云岭", 1, 1), invalid_row("x.yaml", {}), named("黄村", 2, 2)};
  sort_rows(rows, SortKey::input);
  EXPECT_EQ(rows[0].name, "云岭");
  sort_rows(rows, SortKey::name);
  EXPECT_EQ(rows[0].name, "黄村") << "huang before yun, though 黄 is U+9EC4 and 云 U+4E91";
  EXPECT_EQ(rows[1].name, "云岭");
  EXPECT_FALSE(rows[2].valid);
}

}  // namespace
}  // namespace shifan::detail
