// A small facts schema and rubric, shaped like station-facts.md, for the
// station loader's tests.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shifan/station.h"

namespace shifan::testing {

inline FactSpec fact(FactType type, std::string label = "", bool required = false) {
  FactSpec spec;
  spec.type = type;
  spec.label = std::move(label);
  spec.required = required;
  return spec;
}

inline FactSpec record(std::string label, bool required,
                       std::vector<std::pair<std::string, FactSpec>> fields) {
  FactSpec spec = fact(FactType::record, std::move(label), required);
  spec.fields = std::move(fields);
  return spec;
}

inline FactSpec list_of(FactSpec items, std::string label = "", bool required = false) {
  FactSpec spec = fact(FactType::list, std::move(label), required);
  spec.items = std::make_shared<const FactSpec>(std::move(items));
  return spec;
}

// A list whose entries messages name by their `named_by` field.
inline FactSpec named_list(FactSpec items, std::string label, std::string named_by) {
  FactSpec spec = list_of(std::move(items), std::move(label));
  spec.named_by = std::move(named_by);
  return spec;
}

inline FactSpec enumeration(std::vector<std::string> values, std::string label = "",
                            bool required = false) {
  FactSpec spec = fact(FactType::enumeration, std::move(label), required);
  spec.values = std::move(values);
  return spec;
}

inline FactSpec count(std::string label, std::string at_most = "") {
  FactSpec spec = fact(FactType::integer, std::move(label));
  spec.min = Decimal::from_int(0);
  spec.at_most = std::move(at_most);
  return spec;
}

// As the rubric loader gives it: fields inside list entries are required
// unless the rubric says `required: false`.
inline FactSpec station_schema() {
  FactSpec area = fact(FactType::number, "业务用房面积");
  area.positive = true;
  FactSpec hours = fact(FactType::number, "学时", true);
  hours.positive = true;
  hours.step = Decimal::parse("0.5").value();
  FactSpec days = fact(FactType::integer, "天数", true);
  days.positive = true;
  FactSpec training = record("培训记录", false, {{"date", fact(FactType::date, "日期", true)},
                                                  {"days", days},
                                                  {"hours", hours}});
  training.one_of = {"days", "hours"};
  FactSpec sanction = record("处分", false, {{"date", fact(FactType::date, "日期", true)},
                                             {"kind", enumeration({"党纪处分", "政纪处分", "刑事处罚"},
                                                                  "类别", true)}});
  FactSpec person = record(
      "工作人员", false,
      {{"name", fact(FactType::string, "姓名", true)},
       {"role", enumeration({"所长", "副所长", "工作人员"}, "职务", true)},
       {"full_time", fact(FactType::boolean, "专职", true)},
       {"trainings", list_of(training, "业务培训")},
       {"sanctions", list_of(sanction, "处分")}});
  FactSpec year = fact(FactType::integer, "年度", true);
  year.digits = 4;
  FactSpec rank = fact(FactType::integer, "名次", true);
  rank.min = Decimal::from_int(1);
  FactSpec percent = fact(FactType::number, "群众满意度");
  percent.min = Decimal::from_int(0);
  percent.max = Decimal::from_int(100);
  FactSpec award = record("表彰", false, {{"date", fact(FactType::date, "日期", true)},
                                          {"level", enumeration({"县级", "市级", "省级", "国家级"},
                                                                "级别", true)},
                                          {"title", fact(FactType::string, "名称")}});
  return record(
      "", true,
      {{"station", record("司法所", true,
                          {{"name", fact(FactType::string, "名称", true)},
                           {"county", fact(FactType::string, "县(市、区)")},
                           {"class", enumeration({"一类", "二类", "三类"}, "类别", true)},
                           {"assessed_on", fact(FactType::date, "评定基准日", true)}})},
       {"management", record("管理", false,
                             {{"vertical_management", fact(FactType::boolean)},
                              {"budget_in_fiscal_plan", fact(FactType::boolean)}})},
       {"facilities", record("设施", false,
                             {{"office_area_m2", area},
                              {"functions", list_of(fact(FactType::string, "", true))}})},
       {"staff", named_list(person, "工作人员", "name")},
       {"mediation", record("人民调解", false,
                            {{"villages", count("辖区村(社区)数")},
                             {"village_committees", count("已建调委会的村(社区)数", "villages")},
                             {"disputes", count("调解纠纷数")},
                             {"disputes_resolved", count("调解成功数", "disputes")}})},
       {"evaluation", record("考评", false,
                             {{"county_ranks", list_of(record("名次", false, {{"year", year},
                                                                             {"rank", rank}}))},
                              {"awards", list_of(award)},
                              {"satisfaction_percent", percent}})}});
}

inline Rubric station_rubric() {
  Rubric rubric;
  rubric.id = "test";
  rubric.total = Decimal::from_int(14);
  rubric.assessed_on = "station.assessed_on";
  rubric.identity = {"station.name", "station.county", "station.class"};
  rubric.facts = station_schema();
  Category category;
  category.id = "A";
  category.points = Decimal::from_int(14);
  for (auto [id, points] : {std::pair{"A1", 5}, std::pair{"A2", 5}, std::pair{"A6", 4}}) {
    Item item;
    item.id = id;
    item.category = "A";
    item.points = Decimal::from_int(points);
    category.items.push_back(item);
  }
  rubric.categories.push_back(category);
  return rubric;
}

// The smallest valid station file for station_rubric(), ending in a newline.
inline constexpr std::string_view k_minimal_station =
    "version: 1\n"
    "station:\n"
    "  name: 黄村司法所\n"
    "  class: 二类\n"
    "  assessed_on: 2024-05-20\n";

inline LoadedStation load_text(std::string text, std::string name = "station.yaml") {
  return load_station(read_document(std::move(name), std::move(text)), station_rubric());
}

// Each diagnostic as the CLI prints it, caret lines included.
inline std::vector<std::string> messages(const LoadedStation& loaded) {
  std::vector<std::string> out;
  for (const Diagnostic& diagnostic : loaded.diagnostics) {
    out.push_back(format_diagnostic(diagnostic));
  }
  return out;
}

// Only "file:line:column: message", without the caret lines.
inline std::vector<std::string> headlines(const LoadedStation& loaded) {
  std::vector<std::string> out;
  for (const std::string& message : messages(loaded)) {
    out.push_back(message.substr(0, message.find('\n')));
  }
  return out;
}

// The minimal station with `more` appended (YAML).
inline LoadedStation load_with(std::string_view more) {
  return load_text(std::string(k_minimal_station) + std::string(more));
}

}  // namespace shifan::testing
