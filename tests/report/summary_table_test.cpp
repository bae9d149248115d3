#include <gtest/gtest.h>

#include "batch_test_support.h"
#include "summary.h"

namespace shifan::detail {
namespace {

TEST(SummaryTable, AlignsChineseByDisplayWidth) {
  std::vector<SummaryRow> rows = {shifan::testing::make_row("a.yaml", "云岭司法所", Verdict::eligible, 9700, 9700),
                                  shifan::testing::make_row("b.yaml", "汀溪所", Verdict::not_eligible, 8850, 9650),
                                  invalid_row("c.yaml", {"c.yaml:1:1: 站点文件为空"})};
  for (SummaryRow& row : rows) {
    row.county = row.valid ? "泾县" : "";
  }
  rows[0].station_class = "一类";
  rows[1].station_class = "三类";
  rows[1].triggered = {"V1", "V6"};
  EXPECT_EQ(render_summary_table(rows, "司法所"),
            "汇总\n"
            "  司法所      县    类别  总分       结论    一票否决  文件\n"
            "  云岭司法所  泾县  一类  97         符合              a.yaml\n"
            "  汀溪所      泾县  三类  88.5–96.5  不符合  V1, V6    b.yaml\n"
            "  —           —     —     —          无效              c.yaml\n");
}

TEST(SummaryTable, CutsAVeryLongName) {
  std::vector<SummaryRow> rows = {
      shifan::testing::make_row("a.yaml", "安徽省宣城市泾县云岭镇人民政府司法所", Verdict::eligible, 9700, 9700),
      shifan::testing::make_row("b.yaml", "汀溪所", Verdict::eligible, 9700, 9700)};
  EXPECT_EQ(render_summary_table(rows, "司法所"),
            "汇总\n"
            "  司法所                   县  类别  总分  结论  一票否决  文件\n"
            "  安徽省宣城市泾县云岭镇…  —   —     97    符合            a.yaml\n"
            "  汀溪所                   —   —     97    符合            b.yaml\n");
}

}  // namespace
}  // namespace shifan::detail
