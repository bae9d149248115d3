#include "fact_validator.h"

#include <gtest/gtest.h>

#include "station_test_support.h"

namespace shifan::testing {
namespace {

using Strings = std::vector<std::string>;

std::string staff_literal(const LoadedStation& loaded) {
  return to_literal(loaded.station->facts[3].second);
}

TEST(FactValidator, MissingRequiredIsReportedAtTheParentMapping) {
  LoadedStation loaded = load_text(R"(version: 1
station:
  name: 黄村司法所
  class:
)");
  EXPECT_FALSE(loaded.station);
  EXPECT_EQ(messages(loaded), (Strings{"station.yaml:3:3: 缺少必填项 station.class (类别)\n"
                                       "    name: 黄村司法所\n"
                                       "    ^",
                                       "station.yaml:3:3: 缺少必填项 station.assessed_on (评定基准日)\n"
                                       "    name: 黄村司法所\n"
                                       "    ^"}));
}

TEST(FactValidator, MissingRequiredTopLevelRecord) {
  EXPECT_EQ(headlines(load_text("version: 1\n")),
            Strings{"station.yaml:1:1: 缺少必填项 station (司法所)"});
}

TEST(FactValidator, FieldsOfListEntriesAreRequired) {
  LoadedStation loaded = load_with(R"(staff:
  - name: 张某某
    full_time: true
  - {name: 李某, role: 工作人员, full_time: true, sanctions: [{kind: 政纪处分}]}
  -
)");
  EXPECT_EQ(headlines(loaded),
            (Strings{"station.yaml:7:5: 缺少必填项 staff[0].role (第 1 名工作人员 张某某 的 职务)",
                     "station.yaml:9:57: 缺少必填项 staff[1].sanctions[0].date (第 2 名工作人员 李某 的 第 1 项处分 的 日期)",
                     "station.yaml:10:4: 缺少必填项 staff[2] (第 3 名工作人员)"}));
}

TEST(FactValidator, UnknownKeysAtAnyLevel) {
  LoadedStation loaded = load_with(R"(mediation:
  disputes: 210
  disputes_resolvd: 207
staff:
  - {name: 张某某, role: 所长, full_time: true, fulltime: true, xyz: 1}
)");
  EXPECT_EQ(messages(loaded),
            (Strings{"station.yaml:8:3: 未知的键 'disputes_resolvd' (是否想写 'disputes_resolved'?)\n"
                     "    disputes_resolvd: 207\n"
                     "    ^",
                     "station.yaml:10:44: 未知的键 'fulltime' (是否想写 'full_time'?)\n"
                     "    - {name: 张某某, role: 所长, full_time: true, fulltime: true, xyz: 1}\n"
                     "                                                  ^",
                     "station.yaml:10:60: 未知的键 'xyz'\n"
                     "    - {name: 张某某, role: 所长, full_time: true, fulltime: true, xyz: 1}\n"
                     "                                                                  ^"}));
}

TEST(FactValidator, OneOfNeedsExactlyOne) {
  LoadedStation loaded = load_with(R"(staff:
  - name: 张某某
    role: 所长
    full_time: true
    trainings:
      - {date: 2024-03-11, days: 5, hours: 40}
      - {date: 2024-03-12}
      - {date: 2024-03-13, days: , hours: 8}
)");
  EXPECT_EQ(headlines(loaded),
            (Strings{"station.yaml:11:44: 培训记录应有 days 或 hours 之一, 不能都有",
                     "station.yaml:12:9: 培训记录应有 days 或 hours 之一, 都没有"}));
}

TEST(FactValidator, AbsentOneOfFieldIsLeftOutOfTheMap) {
  LoadedStation loaded = load_with(R"(staff:
  - name: 张某某
    role: 所长
    full_time: true
    trainings: [{date: 2024-03-11, hours: 7.5}]
)");
  ASSERT_EQ(messages(loaded), Strings{});
  EXPECT_EQ(staff_literal(loaded),
            R"([{"name": "张某某", "role": "所长", "full_time": true, )"
            R"("trainings": [{"date": date("2024-03-11"), "hours": 7.5}], )"
            R"("sanctions": unknown("staff[0].sanctions")}])");
  const Value* training = detail::find_value(loaded.station->facts, detail::FactPath::of("staff"));
  training = &training->as_list()[0].find("trainings")->as_list()[0];
  EXPECT_EQ(training->find("days"), nullptr);
  EXPECT_NE(training->find("hours"), nullptr);
}

// Sets every record field's shared key, as the rubric loader does.
void make_keys(FactSpec& spec) {
  for (auto& [name, field] : spec.fields) {
    field.key = Value::string(name);
    make_keys(field);
  }
  if (spec.items != nullptr) {
    auto items = std::make_shared<FactSpec>(*spec.items);
    make_keys(*items);
    spec.items = std::move(items);
  }
}

TEST(FactValidator, RecordsShareTheSchemasKeysWhenItHasThem) {
  std::string text = std::string(k_minimal_station) +
                     "staff:\n  - {name: 张某某, role: 所长, full_time: true, trainings: [{date: 2024-03-11, hours: 7.5}]}\n";
  Rubric made_here = station_rubric();
  Rubric shared = station_rubric();
  make_keys(shared.facts);
  LoadedStation plain = load_station(read_document("station.yaml", text), made_here);
  LoadedStation keyed = load_station(read_document("station.yaml", text), shared);
  ASSERT_TRUE(plain.station && keyed.station);
  EXPECT_EQ(staff_literal(keyed), staff_literal(plain));
  const Value& entry = keyed.station->facts[3].second.as_list()[0];
  const FactSpec& staff_entry = *shared.facts.field("staff")->items;
  EXPECT_EQ(&entry.as_map()[0].first.as_string(), &staff_entry.field("name")->key.as_string());
  EXPECT_NE(&plain.station->facts[3].second.as_list()[0].as_map()[0].first.as_string(),
            &staff_entry.field("name")->key.as_string());
}

// A record of up to 32 fields is matched in a buffer on the stack, a larger
// one on the heap, and the search for each key starts after the last match:
// keys out of the schema's order, repeated and unknown keys give the same
// result either way.
TEST(FactValidator, FieldsMatchInAnyOrderForSmallAndLargeRecords) {
  for (int size : {3, 32, 33, 40}) {
    FactSpec spec = fact(FactType::record);
    for (int i = 0; i < size; ++i) {
      spec.fields.emplace_back("f" + std::to_string(i), fact(FactType::integer));
    }
    std::string text = "f2: 2\nf0: 0\nzz: 9\nf1: 1\nf0: 5\n";
    for (int i = size - 1; i >= 3; --i) {
      text += "f" + std::to_string(i) + ": " + std::to_string(i) + "\n";
    }
    Document document = read_document("s.yaml", text);
    ASSERT_EQ(document.diagnostics.size(), 1U) << size;  // the repeated f0
    ASSERT_EQ(document.root.kind, Node::Kind::mapping);
    Diagnostics diagnostics;
    detail::FactContext context{*document.source, diagnostics, {}};
    MapEntries fields = detail::validate_fields(document.root, spec, detail::PathTrail(), context);
    ASSERT_EQ(fields.size(), static_cast<std::size_t>(size));
    for (int i = 0; i < size; ++i) {
      EXPECT_EQ(fields[static_cast<std::size_t>(i)].first.as_string(), "f" + std::to_string(i));
      EXPECT_EQ(to_literal(fields[static_cast<std::size_t>(i)].second), std::to_string(i)) << size;
    }
    ASSERT_EQ(diagnostics.size(), 1U) << size;
    EXPECT_TRUE(diagnostics[0].message.starts_with("未知的键 'zz'")) << diagnostics[0].message;
  }
}

TEST(FactValidator, EmptyListMeansNone) {
  LoadedStation loaded = load_with("staff: []\n");
  ASSERT_TRUE(loaded.station);
  EXPECT_EQ(staff_literal(loaded), "[]");
}

TEST(FactValidator, RecordsAndListsNeedTheirShape) {
  EXPECT_EQ(headlines(load_with("staff: [张某某]\n")),
            Strings{"station.yaml:6:9: staff[0] (第 1 名工作人员) 应为映射 (mapping)"});
  LoadedStation loaded = load_with(R"(management: true
staff: {name: 张某某}
facilities:
  functions: 所长室
)");
  EXPECT_EQ(headlines(loaded),
            (Strings{"station.yaml:6:13: management (管理) 应为映射 (mapping)",
                     "station.yaml:7:8: staff (工作人员) 应为列表 (sequence)",
                     "station.yaml:9:14: facilities.functions 应为列表 (sequence)"}));
}

TEST(FactValidator, PathsNameEntriesByFileIndex) {
  EXPECT_EQ(detail::FactPath().field("staff").str(), "staff");
  EXPECT_EQ(detail::FactPath().field("staff").index(2).field("sanctions").str(), "staff[2].sanctions");
}

}  // namespace
}  // namespace shifan::testing
