// A station file for the default (Anhui 2024) rubric, built from parts so a
// test can change one fact, and scored with the built-in rubric.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "result_lookup.h"
#include "shifan/document.h"
#include "shifan/rubric.h"
#include "shifan/score.h"
#include "shifan/station.h"

namespace shifan::testing {

// One staff entry; each field is the YAML text of its value, "" leaves the
// key out.
struct Person {
  std::string name;
  std::string role = "工作人员";
  std::string full_time = "true";
  std::string on_establishment = "true";
  std::string rank = "科员";
  std::string education = "本科";
  std::string law_background = "true";
  std::string trainings = "[{date: 2024-03-11, days: 12}]";
  std::string sanctions = "[]";
};

// A station file as sections of `key: value` lines, staff and scores.
class AnhuiStation {
 public:
  // Sets `section.key` to the YAML text `value` (added at the end of the
  // section when new); "" removes the key.
  AnhuiStation& set(std::string_view path, std::string value) {
    std::size_t dot = path.find('.');
    std::string section(path.substr(0, dot));
    std::string key(path.substr(dot + 1));
    Lines& lines = section_lines(section);
    for (auto it = lines.begin(); it != lines.end(); ++it) {
      if (it->first == key) {
        if (value.empty()) {
          lines.erase(it);
        } else {
          it->second = std::move(value);
        }
        return *this;
      }
    }
    if (!value.empty()) {
      lines.emplace_back(key, std::move(value));
    }
    return *this;
  }

  // Sets scores.<id>; "" removes it.
  AnhuiStation& score(std::string_view id, std::string value) {
    return set("scores." + std::string(id), std::move(value));
  }

  std::vector<Person>& staff() { return m_staff; }
  Person& person(std::size_t index) { return m_staff.at(index); }
  // Writes no `staff` key at all (the list is unknown).
  AnhuiStation& without_staff() {
    m_staff_absent = true;
    return *this;
  }

  std::string yaml() const {
    std::string out = "version: 1\n";
    for (const auto& [section, lines] : m_sections) {
      if (section == "scores" && !m_staff_absent) {
        out += staff_yaml();
      }
      out += section + ":\n";
      for (const auto& [key, value] : lines) {
        out += "  " + key + ": " + value + "\n";
      }
    }
    return out;
  }

 private:
  using Lines = std::vector<std::pair<std::string, std::string>>;

  Lines& section_lines(const std::string& section) {
    for (auto& [name, lines] : m_sections) {
      if (name == section) {
        return lines;
      }
    }
    ADD_FAILURE() << "no section " << section;
    return m_sections.back().second;
  }

  std::string staff_yaml() const {
    std::string out = m_staff.empty() ? "staff: []\n" : "staff:\n";
    for (const Person& p : m_staff) {
      std::string entry;
      auto field = [&](const char* key, const std::string& value) {
        if (!value.empty()) {
          entry += (entry.empty() ? "  - " : "    ") + std::string(key) + ": " + value + "\n";
        }
      };
      field("name", p.name);
      field("role", p.role);
      field("full_time", p.full_time);
      field("on_establishment", p.on_establishment);
      field("rank", p.rank);
      field("education", p.education);
      field("law_background", p.law_background);
      field("trainings", p.trainings);
      field("sanctions", p.sanctions);
      out += entry;
    }
    return out;
  }

  friend AnhuiStation base_station();

  std::vector<std::pair<std::string, Lines>> m_sections;
  std::vector<Person> m_staff;
  bool m_staff_absent = false;
};

// A complete 二类 station assessed on 2024-05-20 that meets every item and
// no veto: 5 full-time staff (the minimum), every fact known, every assessed
// and gated item scored in full, so it totals exactly 100 and is eligible.
inline AnhuiStation base_station() {
  AnhuiStation s;
  s.m_sections = {
      {"station", {{"name", "测试司法所"}, {"county", "泾县"}, {"class", "二类"},
                   {"assessed_on", "2024-05-20"}}},
      {"management", {{"vertical_management", "true"}, {"budget_in_fiscal_plan", "true"},
                      {"establishment_diverted", "false"}}},
      {"facilities",
       {{"office_area_m2", "180"},
        {"office_area_standard_m2", "150"},
        {"functions", "[所长室, 普法依法治理室, 人民调解室, 社区矫正室, 安置帮教室, 档案室, "
                      "公共法律服务工作站]"},
        {"equipment", "[执法记录仪, 定位管理设备, 公共法律服务触摸查询一体机]"}}},
      {"mediation", {{"town_full_time_mediators", "2"}, {"villages", "12"},
                     {"village_committees", "12"}, {"disputes", "100"},
                     {"disputes_resolved", "100"}, {"escalations", "0"}}},
      {"community_correction", {{"reoffenders", "0"}}},
      {"resettlement", {{"subjects", "20"}, {"registered", "20"}, {"assisted", "20"},
                        {"placed", "20"}}},
      {"evaluation", {{"county_ranks", "[{year: 2023, rank: 1}, {year: 2022, rank: 2}]"},
                      {"awards", "[{date: 2023-12-20, level: 市级, issuer: 党委政府}, "
                                 "{date: 2023-01-15, level: 县级, issuer: 党委政府}]"},
                      {"satisfaction_percent", "96.5"},
                      {"valid_complaints", "0"}}},
      {"scores", {}},
  };
  s.m_staff = {
      Person{.name = "甲", .role = "所长", .rank = "副科级"},
      Person{.name = "乙", .role = "副所长"},
      Person{.name = "丙", .on_establishment = "false", .rank = "无", .education = "大专",
             .law_background = "false"},
      Person{.name = "丁", .on_establishment = "false", .rank = "无", .education = "大专",
             .law_background = "false"},
      Person{.name = "戊", .on_establishment = "false", .rank = "无", .education = "大专",
             .law_background = "false"},
  };
  const std::pair<const char*, const char*> k_full[] = {
      {"A1", "5"},   {"A2", "5"},   {"A3", "5"},   {"A5", "2"},   {"A7", "2"},   {"A10", "3"},
      {"B1", "2.5"}, {"B2", "2.5"}, {"B3", "2"},   {"B5", "1"},   {"B6", "1"},   {"B7", "1"},
      {"B8", "2"},   {"B9", "2"},   {"B10", "2"},  {"B11", "2"},  {"B12", "2"},  {"B13", "1"},
      {"B15", "1"},  {"B16", "1"},  {"B17", "1"},  {"B18", "1"},  {"B19", "1"},  {"B20", "1"},
      {"B21", "1"},  {"C1", "2"},   {"C2", "1"},   {"C3", "1"},   {"C4", "1"},   {"C5", "3"},
      {"C6", "2"},   {"C7", "2"},   {"C8", "2"},   {"C9", "1"},   {"D1", "2"},   {"D2", "3"},
      {"D4", "2"},   {"D5", "1"},   {"D6", "2"},   {"D7", "2"},   {"D8", "1"},   {"E2", "1"},
      {"E5", "1"}};
  for (const auto& [id, points] : k_full) {
    s.score(id, points);
  }
  return s;
}

inline const Rubric& anhui_rubric() {
  static const LoadedRubric loaded = load_default_rubric();
  EXPECT_TRUE(loaded.diagnostics.empty());
  return loaded.rubric.value();
}

// Every problem loading `yaml` reports, as "file:line:column: message".
inline std::vector<std::string> load_problems(const std::string& yaml) {
  LoadedStation loaded = load_station(read_document("station.yaml", yaml), anhui_rubric());
  std::vector<std::string> out;
  for (const Diagnostic& diagnostic : loaded.diagnostics) {
    std::string text = format_diagnostic(diagnostic);
    out.push_back(text.substr(0, text.find('\n')));
  }
  return out;
}

// A station scored with the default rubric; loading must report nothing
// (otherwise the test fails and every lookup reports a failure).
class Scored {
 public:
  explicit Scored(const AnhuiStation& station) : Scored(station.yaml()) {}

  explicit Scored(const std::string& yaml) {
    LoadedStation loaded = load_station(read_document("station.yaml", yaml), anhui_rubric());
    for (const Diagnostic& diagnostic : loaded.diagnostics) {
      ADD_FAILURE() << format_diagnostic(diagnostic) << "\nin:\n" << yaml;
    }
    if (loaded.station) {
      m_station = std::make_unique<Station>(std::move(*loaded.station));
      m_result = shifan::score(anhui_rubric(), *m_station);
    }
  }

  const ScoreResult& result() const { return m_result; }

  const ItemResult& item_result(std::string_view id) const { return find_item_result(m_result, id); }

  // "met 4", "unmet 0", "not_applicable 1", "unknown 0..2" ("partial 2.5").
  std::string item(std::string_view id) const { return outcome_of(item_result(id)); }

  // "clear", "triggered" or "unknown".
  std::string veto(std::string_view id) const {
    for (const VetoResult& veto : m_result.vetoes) {
      if (veto.veto->id == id) {
        return status_name(veto.status);
      }
    }
    ADD_FAILURE() << "no veto " << id;
    return "";
  }

  // Vetoes not clear, as "V3 triggered" in rubric order.
  std::vector<std::string> vetoes_not_clear() const {
    std::vector<std::string> out;
    for (const VetoResult& veto : m_result.vetoes) {
      if (veto.status != VetoStatus::clear) {
        out.push_back(veto.veto->id + " " + status_name(veto.status));
      }
    }
    return out;
  }

  std::string verdict() const { return verdict_name(m_result.verdict); }
  // "100", or "88.5..96.5" when the total is not decided.
  std::string total() const {
    std::string out = m_result.total_low.str();
    return m_result.total_low == m_result.total_high ? out
                                                     : out + ".." + m_result.total_high.str();
  }

  // Each discrepancy as "A6 claimed 4 computed 0".
  std::vector<std::string> discrepancies() const {
    std::vector<std::string> out;
    for (const Discrepancy& d : m_result.discrepancies) {
      out.push_back(d.item + " claimed " + d.claimed.str() + " computed " + d.computed.str());
    }
    return out;
  }

 private:
  std::unique_ptr<Station> m_station;
  ScoreResult m_result;
};

// The item's result ("met 1", "unknown 0..3") with the fact at `path` set to
// each of `values` in turn.
inline std::vector<std::string> item_by_value(const AnhuiStation& base, std::string_view path,
                                              std::string_view id,
                                              const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) {
    AnhuiStation station = base;
    station.set(path, value);
    out.push_back(Scored(station).item(id));
  }
  return out;
}

}  // namespace shifan::testing
