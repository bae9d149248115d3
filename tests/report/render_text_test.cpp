#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "every_kind_fixture.h"
#include "shifan/render.h"

namespace shifan {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::EveryKindScored;
using testing::EveryKindStation;

std::string text(const EveryKindStation& station, bool color = false) {
  return render_text(EveryKindScored(station).result(), TextStyle{color});
}

TEST(RenderText, TheWholeReportOfAStationMeetingEveryItem) {
  EXPECT_EQ(text(EveryKindStation()),
            "测试所 (测试县, 一类, 评定基准日 2024-05-20)\n"
            "文件: station.yaml\n"
            "细则: 各类评分项测试细则 (every-kind)\n"
            "\n"
            "A 甲类 (5 分)\n"
            "  编号  项目      分值  得分     状态      说明\n"
            "  K1    评分项    1     1        满分      评分 1 分\n"
            "  K2    条件项    2     2        满分      人员已到位\n"
            "  K3    数值项    2     2        满分      房间 6 间, 得 2 分\n"
            "  小计            5 / 5\n"
            "\n"
            "B 乙类 (7 分)\n"
            "  编号  项目      分值  得分     状态      说明\n"
            "  K4    门槛项    2     2        满分      评分 2 分\n"
            "  K5    分档项    2     2        满分\n"
            "  K6    分项项    2     2        满分\n"
            "  K7    可豁免项  1     1        满分\n"
            "  小计            7 / 7\n"
            "\n"
            "总分: 12 (满分 12, 申报线 10)\n"
            "\n"
            "一票否决\n"
            "  V1    有违规    未触发  无违规\n"
            "\n"
            "结论: 符合申报条件 (总分 12 ≥ 10, 未触发一票否决)\n"
            "等级: 优秀\n");
}

TEST(RenderText, UnknownsDiscrepanciesAndWhatToWorkOn) {
  EXPECT_EQ(text(EveryKindStation()
                     .set("rooms", "3")
                     .set("high", "")
                     .set("banned", "")
                     .set("exempt", "true")
                     .set("scores", "{K1: 1, K2: 1, K4: 2}")),
            "测试所 (测试县, 一类, 评定基准日 2024-05-20)\n"
            "文件: station.yaml\n"
            "细则: 各类评分项测试细则 (every-kind)\n"
            "\n"
            "A 甲类 (5 分)\n"
            "  编号  项目      分值  得分     状态      说明\n"
            "  K1    评分项    1     1        满分      评分 1 分\n"
            "  K2    条件项    2     2        满分      人员已到位\n"
            "  K3    数值项    2     0.5      部分得分  房间 3 间, 得 0.5 分\n"
            "  小计            3.5 / 5\n"
            "\n"
            "B 乙类 (7 分)\n"
            "  编号  项目      分值  得分     状态      说明\n"
            "  K4    门槛项    2     2        满分      评分 2 分\n"
            "  K5    分档项    2     1–2      待定\n"
            "  K6    分项项    2     2        满分\n"
            "  K7    可豁免项  1     0.5      不适用    已豁免\n"
            "  小计            5.5–6.5 / 7\n"
            "\n"
            "总分: 9–10 (满分 12, 申报线 10, 1 项待定)\n"
            "\n"
            "一票否决\n"
            "  V1    有违规    待定\n"
            "\n"
            "自评与核定不一致\n"
            "  K2    自评 1 分, 按事实核定 2 分\n"
            "\n"
            "补短板 (失分和待定项, 按分值从大到小)\n"
            "  K3    数值项    失 1.5 分               房间 3 间, 得 0.5 分\n"
            "  K5    分档项    待定, 最多可失 1 分     缺: high (高档条件)\n"
            "  K7    可豁免项  失 0.5 分               已豁免\n"
            "\n"
            "结论: 待定 (总分在 9–10 之间; 尚缺: banned (违规), high (高档条件))\n"
            "等级: 未达到任何等级\n");
}

TEST(RenderText, ATriggeredVetoAndANotEligibleVerdict) {
  std::string report = text(EveryKindStation().set("banned", "true"));
  EXPECT_THAT(report, HasSubstr("  V1    有违规    触发    查实违规\n"));
  EXPECT_THAT(report, HasSubstr("结论: 不符合申报条件 (触发一票否决: V1 有违规)\n"));
  EXPECT_THAT(report, Not(HasSubstr("补短板")));
}

TEST(RenderText, AStationWithoutCountyOrClassOrDateSaysSo) {
  EXPECT_THAT(text(EveryKindStation().set("station", "{name: 测试所, assessed_on: 2024-05-20}")),
              ::testing::StartsWith("测试所 (评定基准日 2024-05-20)\n"));
}

TEST(RenderText, ColoursOnlyWhenAsked) {
  EXPECT_THAT(text(EveryKindStation()), Not(HasSubstr("\x1b[")));
  std::string coloured = text(EveryKindStation(), true);
  EXPECT_THAT(coloured, ::testing::StartsWith("\x1b[1m测试所 ("));
  EXPECT_THAT(coloured, HasSubstr("\x1b[32m结论: 符合申报条件"));
  EXPECT_THAT(text(EveryKindStation().set("staffed", "false"), true), HasSubstr("\x1b[31m未得分    \x1b[0m人员未到位"));
  EXPECT_THAT(text(EveryKindStation().set("banned", ""), true), HasSubstr("\x1b[33m结论: 待定"));
}

}  // namespace
}  // namespace shifan
