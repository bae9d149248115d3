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

// value_at walks a path of field names itself and hands paths with index
// steps to find_value: both must find what find_value finds.
TEST(FactChecks, ValueAtAgreesWithFindValue) {
  Value staff = Value::list({Value::map({{Value::string("name"), Value::string("张某某")}})});
  detail::Facts facts = {
      {"station", Value::map({{Value::string("name"), Value::string("黄村司法所")},
                              {Value::string(""), Value::string("empty key")},
                              {Value::string("inner"), Value::map({{Value::string("x"), Value::integer(1)}})}})},
      {"staff", staff},
      {"", Value::integer(2)}};
  for (std::string path : {"station.name", "station", "station.inner.x", "station.inner.y", "station.missing",
                           "missing", "missing.x", "station.name.x", "station..name", "station.", ".station", "",
                           ".", "..", "staff[0].name", "staff[1]", "staff[0]", "staff.name", "station.inner[0]"}) {
    EXPECT_EQ(detail::value_at(facts, path),
              path.empty() ? nullptr : detail::find_value(facts, detail::FactPath::of(path)))
        << path;
  }
  EXPECT_EQ(detail::value_at(facts, "station.inner.x")->as_int(), 1);
  EXPECT_EQ(detail::value_at(facts, "staff[0].name")->as_string(), "张某某");
}

}  // namespace
}  // namespace shifan::testing
