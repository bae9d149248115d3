#include <gtest/gtest.h>

#include "fact_validator.h"
#include "station_test_support.h"

namespace shifan::testing {
namespace {

using Strings = std::vector<std::string>;

TEST(FactScalars, IntegersHonourMinAndDigits) {
  LoadedStation loaded = load_with(R"(mediation:
  villages: -1
evaluation:
  county_ranks:
    - {year: 20231, rank: 0}
    - {year: 2023, rank: 1.5}
)");
  EXPECT_EQ(headlines(loaded),
            (Strings{"station.yaml:7:13: 数值 -1 小于下限 0",
                     "station.yaml:10:14: 整数 20231 应为 4 位",
                     "station.yaml:10:27: 数值 0 小于下限 1",
                     "station.yaml:11:26: 应为整数, 实际为小数 1.5"}));
}

TEST(FactScalars, NumbersHonourStepBoundsAndSign) {
  LoadedStation loaded = load_with(R"(facilities:
  office_area_m2: 0
evaluation:
  satisfaction_percent: 100.001
staff:
  - name: 张某某
    role: 所长
    full_time: true
    trainings:
      - {date: 2024-01-01, hours: 7.3}
      - {date: 2024-01-02, hours: 7.25}
)");
  EXPECT_EQ(headlines(loaded), (Strings{"station.yaml:7:19: 数值 0 应大于 0",
                                        "station.yaml:9:25: 数值 100.001 最多两位小数",
                                        "station.yaml:15:35: 数值 7.3 应为 0.5 的倍数",
                                        "station.yaml:16:35: 数值 7.25 应为 0.5 的倍数"}));
  EXPECT_EQ(headlines(load_with("evaluation: {satisfaction_percent: 100.5}\n")),
            Strings{"station.yaml:6:36: 数值 100.5 超过上限 100"});
  EXPECT_EQ(headlines(load_with("facilities: {office_area_m2: 99999999999999.5}\n")),
            Strings{"station.yaml:6:30: 数值 99999999999999.5 过大"});
  EXPECT_EQ(headlines(load_with("facilities: {office_area_m2: 1" + std::string(400, '0') + ".5}\n")),
            Strings{"station.yaml:6:30: 数值 1000000000000000… (403 个字符) 过大"});
  EXPECT_EQ(headlines(load_with("mediation: {disputes: 1000000000001}\n")),
            Strings{"station.yaml:6:23: 数值 1000000000001 过大"});
  EXPECT_EQ(headlines(load_with("mediation: {disputes: 1000000000000}\n")), Strings{});
}

TEST(FactScalars, TrailingZerosAreExact) {
  LoadedStation loaded = load_with("evaluation: {satisfaction_percent: 96.500}\n");
  ASSERT_TRUE(loaded.station);
  const Value* percent = detail::find_value(loaded.station->facts, detail::FactPath::of("evaluation.satisfaction_percent"));
  ASSERT_NE(percent, nullptr);
  EXPECT_EQ(to_literal(*percent), "96.5");
}

TEST(FactScalars, NumbersReadLikeRubricPoints) {
  EXPECT_EQ(headlines(load_with("evaluation: {satisfaction_percent: 93.500}\n")), Strings{});
  EXPECT_EQ(headlines(load_with("evaluation: {satisfaction_percent: 93.505}\n")),
            Strings{"station.yaml:6:36: 数值 93.505 最多两位小数"});
}

TEST(FactScalars, EnumsListTheAllowedValues) {
  LoadedStation loaded = load_with("staff:\n  - {name: 张某某, role: 科员, full_time: true}\n");
  EXPECT_EQ(messages(loaded),
            Strings{"station.yaml:7:23: '科员' 不是允许的值 (所长, 副所长, 工作人员)\n"
                    "    - {name: 张某某, role: 科员, full_time: true}\n"
                    "                           ^"});
}

TEST(FactScalars, DatesMustBeRealDays) {
  LoadedStation loaded = load_with(R"(staff:
  - name: 张某某
    role: 所长
    full_time: true
    sanctions:
      - {date: 2023-02-30, kind: 政纪处分}
      - {date: 20230228, kind: 政纪处分}
      - {date: "2023-02-28", kind: 政纪处分}
)");
  EXPECT_EQ(headlines(loaded), (Strings{"station.yaml:11:16: 无效的日期 '2023-02-30'",
                                        "station.yaml:12:16: 无效的日期 '20230228'; 日期请写作 YYYY-MM-DD, 如 2024-03-05"}));
}

TEST(FactScalars, DatesAsPeopleWriteThemSayHowToWriteThem) {
  for (std::string typed : {"2024/3/5", "2024.3.5", "2024年3月5日"}) {
    EXPECT_EQ(headlines(load_text("version: 1\nstation: {name: 黄村, class: 二类, assessed_on: " + typed + "}\n")),
              Strings{"station.yaml:2:45: 无效的日期 '" + typed + "'; 日期请写作 YYYY-MM-DD, 如 2024-03-05"});
  }
}

TEST(FactScalars, EnumSlipsSuggestOnlyWhatIsClose) {
  EXPECT_EQ(headlines(load_text("version: 1\nstation: {name: 黄村, class: 2类, assessed_on: 2024-05-20}\n")),
            Strings{"station.yaml:2:28: '2类' 不是允许的值 (一类, 二类, 三类) (是否想写 '二类'?)"});
  EXPECT_EQ(headlines(load_text("version: 1\nstation: {name: 黄村, class: 四类, assessed_on: 2024-05-20}\n")),
            Strings{"station.yaml:2:28: '四类' 不是允许的值 (一类, 二类, 三类)"});
}

TEST(FactScalars, APercentageWrittenAsAFractionIsAWarning) {
  LoadedStation loaded = load_with("evaluation: {satisfaction_percent: 0.97}\n");
  ASSERT_TRUE(loaded.station);
  ASSERT_EQ(loaded.warnings.size(), 1U);
  EXPECT_EQ(format_diagnostic(loaded.warnings[0]),
            "station.yaml:6:36: 警告: 群众满意度 为 0.97, 是否应为 97? (百分数请写 0–100 之间的数)\n"
            "  evaluation: {satisfaction_percent: 0.97}\n"
            "                                     ^");
  EXPECT_TRUE(load_with("evaluation: {satisfaction_percent: 1}\n").warnings.empty());
  EXPECT_TRUE(load_with("evaluation: {satisfaction_percent: 0}\n").warnings.empty());
  EXPECT_TRUE(load_with("facilities: {office_area_m2: 0.5}\n").warnings.empty());
}

TEST(FactScalars, BoolsAndStringsUseTheReadersTypes) {
  LoadedStation typed = load_text(R"(version: 1
station:
  name: 123
  class: 二类
  assessed_on: 2024-05-20
management:
  vertical_management: 是
)");
  EXPECT_EQ(headlines(typed), (Strings{"station.yaml:3:9: 应为字符串, 实际为整数 123 (如果是文字, 请加引号)",
                                       "station.yaml:7:24: 应为 true 或 false, 实际为字符串 \"是\"; "
                                       "请写 true (是) 或 false (否)"}));
}

TEST(FactScalars, FullWidthDigitsSayTheHalfWidthForm) {
  EXPECT_EQ(headlines(load_with("mediation: {disputes: １８６}\n")),
            Strings{"station.yaml:6:23: 应为整数, 实际为字符串 \"１８６\"; 这是全角字符, 请写半角: 186"});
  EXPECT_EQ(headlines(load_with("facilities: {office_area_m2: 4。5}\n")),
            Strings{"station.yaml:6:30: 应为数字, 实际为字符串 \"4。5\"; 这是全角字符, 请写半角: 4.5"});
}

}  // namespace
}  // namespace shifan::testing
