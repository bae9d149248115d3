#include "fact_validator.h"

#include <gtest/gtest.h>

#include "station_test_support.h"

namespace shifan::testing {
namespace {

using Strings = std::vector<std::string>;

TEST(FactChecks, AtMostIsReportedAtTheLargerValue) {
  LoadedStation loaded = load_with(R"(mediation:
  villages: 12
  village_committees: 13
  disputes: 10
  disputes_resolved: 10
)");
  EXPECT_EQ(messages(loaded),
            Strings{"station.yaml:8:23: 已建调委会的村(社区)数 13 不能多于辖区村(社区)数 12\n"
                    "    village_committees: 13\n"
                    "                        ^"});
}

TEST(FactChecks, AtMostNeedsBothValues) {
  EXPECT_TRUE(load_with("mediation: {village_committees: 13}\n").station);
  EXPECT_TRUE(load_with("mediation: {village_committees: 13, villages:}\n").station);
}

TEST(FactChecks, NoDateAfterTheAssessmentDate) {
  LoadedStation loaded = load_with(R"(staff:
  - name: 张某某
    role: 所长
    full_time: true
    trainings:
      - {date: 2024-05-20, days: 1}
      - {date: 2024-06-01, days: 1}
evaluation:
  awards: [{date: 2025-01-01, level: 省级, title: 先进集体}]
)");
  EXPECT_EQ(messages(loaded),
            (Strings{"station.yaml:12:16: 日期 2024-06-01 晚于评定基准日 2024-05-20\n"
                     "        - {date: 2024-06-01, days: 1}\n"
                     "                 ^",
                     "station.yaml:14:19: 日期 2025-01-01 晚于评定基准日 2024-05-20\n"
                     "    awards: [{date: 2025-01-01, level: 省级, title: 先进集体}]\n"
                     "                    ^"}));
}

TEST(FactChecks, NoDateCheckWithoutAValidAssessmentDate) {
  LoadedStation loaded = load_text(R"(version: 1
station: {name: 黄村司法所, class: 二类, assessed_on: 2024-02-30}
evaluation:
  awards: [{date: 2025-01-01, level: 省级}]
)");
  EXPECT_EQ(headlines(loaded), Strings{"station.yaml:2:48: 无效的日期 '2024-02-30'"});
}

TEST(FactChecks, FindsFactsByDottedPath) {
  detail::Facts facts = {
      {"station", Value::map({{Value::string("assessed_on"), Value::date({2024, 5, 20})}})}};
  ASSERT_NE(detail::find_value(facts, detail::FactPath::of("station.assessed_on")), nullptr);
  EXPECT_EQ(detail::find_value(facts, detail::FactPath::of("station.assessed_on"))->as_date(), (Date{2024, 5, 20}));
  EXPECT_EQ(detail::find_value(facts, detail::FactPath::of("station.name")), nullptr);
  EXPECT_EQ(detail::find_value(facts, detail::FactPath::of("stations")), nullptr);
}

}  // namespace
}  // namespace shifan::testing
