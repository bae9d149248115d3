#include <gtest/gtest.h>

#include "station_test_support.h"

namespace shifan::testing {
namespace {

using Strings = std::vector<std::string>;

constexpr std::string_view k_yaml = R"(version: 1
station:
  name: 黄村司法所
  county: 泾县
  class: 二类
  assessed_on: 2024-05-20
management:
  vertical_management: true
  budget_in_fiscal_plan:
facilities:
  office_area_m2: 180.5
  functions: [所长室, 档案室]
staff:
  - name: 张某某
    role: 所长
    full_time: true
    trainings:
      - {date: 2024-03-11, days: 5}
      - {date: 2023-11-02, hours: 60}
    sanctions: []
  - name: 李某
    role: 工作人员
    full_time: false
mediation:
  villages: 12
  village_committees: 12
  disputes: 210
  disputes_resolved: 207
evaluation:
  county_ranks:
    - {year: 2023, rank: 2}
  awards:
    - {date: 2023-12-20, level: 市级}
  satisfaction_percent: 96.5
scores:
  A1: 5
  A2: 4.5
expect:
  total: 90
  vetoes: [V1]
)";

constexpr std::string_view k_json = R"({
  "version": 1,
  "station": {"name": "黄村司法所", "county": "泾县", "class": "二类", "assessed_on": "2024-05-20"},
  "management": {"vertical_management": true, "budget_in_fiscal_plan": null},
  "facilities": {"office_area_m2": 180.5, "functions": ["所长室", "档案室"]},
  "staff": [
    {"name": "张某某", "role": "所长", "full_time": true,
     "trainings": [{"date": "2024-03-11", "days": 5}, {"date": "2023-11-02", "hours": 60}],
     "sanctions": []},
    {"name": "李某", "role": "工作人员", "full_time": false}
  ],
  "mediation": {"villages": 12, "village_committees": 12,
                "disputes": 210, "disputes_resolved": 207},
  "evaluation": {
    "county_ranks": [{"year": 2023, "rank": 2}],
    "awards": [{"date": "2023-12-20", "level": "市级"}],
    "satisfaction_percent": 96.5
  },
  "scores": {"A1": 5, "A2": 4.5},
  "expect": {"total": 90, "vetoes": ["V1"]}
}
)";

Strings literals(const Station& station) {
  Strings out;
  for (const auto& [name, value] : station.facts) {
    out.push_back(name + " = " + to_literal(value));
  }
  return out;
}

const Strings k_expected_facts = {
    R"(station = {"name": "黄村司法所", "county": "泾县", "class": "二类", )"
    R"("assessed_on": date("2024-05-20")})",
    R"(management = {"vertical_management": true, )"
    R"("budget_in_fiscal_plan": unknown("management.budget_in_fiscal_plan")})",
    R"(facilities = {"office_area_m2": 180.5, "functions": ["所长室", "档案室"]})",
    R"(staff = [{"name": "张某某", "role": "所长", "full_time": true, )"
    R"("trainings": [{"date": date("2024-03-11"), "days": 5}, )"
    R"({"date": date("2023-11-02"), "hours": 60.0}], "sanctions": []}, )"
    R"({"name": "李某", "role": "工作人员", "full_time": false, )"
    R"("trainings": unknown("staff[1].trainings"), "sanctions": unknown("staff[1].sanctions")}])",
    R"(mediation = {"villages": 12, "village_committees": 12, "disputes": 210, )"
    R"("disputes_resolved": 207})",
    R"(evaluation = {"county_ranks": [{"year": 2023, "rank": 2}], )"
    R"("awards": [{"date": date("2023-12-20"), "level": "市级", )"
    R"("title": unknown("evaluation.awards[0].title")}], )"
    R"("satisfaction_percent": 96.5})",
};

TEST(StationLoader, ValidYamlGivesTheFactsInSchemaOrder) {
  LoadedStation loaded = load_text(std::string(k_yaml));
  ASSERT_EQ(messages(loaded), Strings{});
  ASSERT_TRUE(loaded.station);
  EXPECT_EQ(literals(*loaded.station), k_expected_facts);
}

TEST(StationLoader, JsonGivesTheSameValuesAsYaml) {
  LoadedStation yaml = load_text(std::string(k_yaml));
  LoadedStation json = load_text(std::string(k_json), "station.json");
  ASSERT_EQ(messages(json), Strings{});
  ASSERT_TRUE(yaml.station && json.station);
  EXPECT_EQ(literals(*json.station), literals(*yaml.station));
  ASSERT_EQ(json.station->scores.size(), 2U);
  EXPECT_EQ(json.station->scores[1].score, Decimal::parse("4.5"));
}

TEST(StationLoader, CopiesIdentityAndSource) {
  LoadedStation loaded = load_text(std::string(k_yaml));
  ASSERT_TRUE(loaded.station);
  const Station& station = *loaded.station;
  EXPECT_EQ(station.file, "station.yaml");
  EXPECT_EQ(station.name, "黄村司法所");
  EXPECT_EQ(station.county, "泾县");
  EXPECT_EQ(station.station_class, "二类");
  EXPECT_EQ(station.assessed_on, "2024-05-20");
  ASSERT_NE(station.source, nullptr);
  EXPECT_EQ(station.source->name(), "station.yaml");
}

TEST(StationLoader, IdentityComesFromTheFactsTheRubricNames) {
  Rubric rubric = station_rubric();
  rubric.identity = {"station.county", "", "station.assessed_on"};
  LoadedStation loaded = load_station(read_document("station.yaml", std::string(k_yaml)), rubric);
  ASSERT_TRUE(loaded.station);
  EXPECT_EQ(loaded.station->name, "泾县");
  EXPECT_EQ(loaded.station->county, "");
  EXPECT_EQ(loaded.station->station_class, "2024-05-20");
}

TEST(StationLoader, AbsentTopLevelFactsAreUnknown) {
  LoadedStation loaded = load_text(std::string(k_minimal_station) + "management:\n");
  ASSERT_EQ(messages(loaded), Strings{});
  EXPECT_EQ(literals(*loaded.station),
            (Strings{R"(station = {"name": "黄村司法所", "county": unknown("station.county"), )"
                     R"("class": "二类", "assessed_on": date("2024-05-20")})",
                     "management = unknown(\"management\")", "facilities = unknown(\"facilities\")",
                     "staff = unknown(\"staff\")", "mediation = unknown(\"mediation\")",
                     "evaluation = unknown(\"evaluation\")"}));
  EXPECT_EQ(loaded.station->county, "");
  EXPECT_TRUE(loaded.station->scores.empty());
}

TEST(StationLoader, EmptyFileIsAnError) {
  EXPECT_EQ(headlines(load_text("")), Strings{"station.yaml:1:1: 站点文件为空"});
  EXPECT_EQ(headlines(load_text("# 仅有注释\n")), Strings{"station.yaml:1:1: 站点文件为空"});
}

TEST(StationLoader, PartialDocumentGetsOnlyTheReadersMessage) {
  // The reader stops at the tab; the half-read `mediation` is not checked.
  EXPECT_EQ(headlines(load_text(std::string(k_minimal_station) + "mediation:\n\tdisputes: 12\n")),
            Strings{"station.yaml:7:1: YAML 缩进不能用制表符 (Tab), 请用空格"});
  EXPECT_EQ(headlines(load_text("version: 1\nstation: \xFF\n")),
            Strings{"station.yaml:2:10: 无效的 UTF-8 字节 0xFF (只接受 UTF-8 编码)"});
}

TEST(StationLoader, RootMustBeAMapping) {
  LoadedStation loaded = load_text("- 1\n- 2\n");
  EXPECT_FALSE(loaded.station);
  EXPECT_EQ(messages(loaded), Strings{"station.yaml:1:1: 站点文件应为映射 (mapping)\n"
                                      "  - 1\n"
                                      "  ^"});
}

TEST(StationLoader, VersionMustBeOne) {
  LoadedStation loaded = load_text("version: 2\n" + std::string(k_minimal_station.substr(11)));
  EXPECT_FALSE(loaded.station);
  EXPECT_EQ(messages(loaded), Strings{"station.yaml:1:10: 不支持的格式版本 2 (本工具读取版本 1)\n"
                                      "  version: 2\n"
                                      "           ^"});
}

TEST(StationLoader, VersionIsRequired) {
  EXPECT_EQ(headlines(load_text(std::string(k_minimal_station.substr(11)))),
            Strings{"station.yaml:1:1: 缺少必填项 version (格式版本)"});
  EXPECT_EQ(headlines(load_text("version:\n" + std::string(k_minimal_station.substr(11)))),
            Strings{"station.yaml:1:1: 缺少必填项 version (格式版本)"});
}

TEST(StationLoader, ExpectMustBeAMappingButIsOtherwiseIgnored) {
  EXPECT_TRUE(load_with("expect: {anything: [1, {x: y}]}\n").station);
  EXPECT_EQ(headlines(load_with("expect: [1]\n")),
            Strings{"station.yaml:6:9: 'expect' 应为映射 (mapping)"});
}

TEST(StationLoader, ReportsEveryProblemInFileOrder) {
  LoadedStation loaded = load_text(R"(version: 1
station:
  name: 黄村司法所
  class: 二级
  assessed_on: 2024-05-20
mediaton:
  villages: 12
scores:
  A11: 3
)");
  EXPECT_FALSE(loaded.station);
  EXPECT_EQ(messages(loaded),
            (Strings{"station.yaml:4:10: '二级' 不是允许的值 (一类, 二类, 三类) (是否想写 '二类'?)\n"
                     "    class: 二级\n"
                     "           ^",
                     "station.yaml:6:1: 未知的键 'mediaton' (是否想写 'mediation'?)\n"
                     "  mediaton:\n"
                     "  ^",
                     "station.yaml:9:3: 未知的评分项 'A11' (是否想写 'A1'?)\n"
                     "    A11: 3\n"
                     "    ^"}));
}

TEST(StationLoader, KeepsTheReadersProblems) {
  std::string text = std::string(k_minimal_station) + "station: {}\n";
  Document document = read_document("station.yaml", text);
  ASSERT_EQ(document.diagnostics.size(), 1U);
  LoadedStation loaded = load_text(text);
  EXPECT_FALSE(loaded.station);
  EXPECT_EQ(messages(loaded), Strings{format_diagnostic(document.diagnostics[0])});
  EXPECT_EQ(loaded.diagnostics[0].line, 6);
}

TEST(StationLoader, FormatKeysAreSuggestedToo) {
  EXPECT_EQ(headlines(load_with("scors: {A1: 5}\n")),
            Strings{"station.yaml:6:1: 未知的键 'scors' (是否想写 'scores'?)"});
}

}  // namespace
}  // namespace shifan::testing
