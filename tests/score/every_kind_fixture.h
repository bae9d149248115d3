// The synthetic rubric tests/data/rubrics/every-kind.yaml (one item of each
// kind, one not_applicable, a veto) and station files for it built fact by
// fact, scored: shared by the scoring and report unit tests.
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

// The rubric, loaded once; a test using it fails when it does not load.
inline const Rubric& every_kind_rubric() {
  static const LoadedRubric loaded = load_rubric(read_document(
      "every-kind.yaml", read_file(SHIFAN_SOURCE_DIR "/tests/data/rubrics/every-kind.yaml", 1 << 20)));
  for (const Diagnostic& diagnostic : loaded.diagnostics) {
    ADD_FAILURE() << format_diagnostic(diagnostic);
  }
  return loaded.rubric.value();
}

// A station file for the rubric as top-level `key: value` lines. By default
// every fact is known and every item met (total 12), no veto triggered.
class EveryKindStation {
 public:
  // Sets the top-level key to the YAML text `value`; "" leaves the key out
  // (the fact is unknown).
  EveryKindStation& set(std::string_view key, std::string value) {
    for (auto& [name, text] : m_lines) {
      if (name == key) {
        text = std::move(value);
        return *this;
      }
    }
    m_lines.emplace_back(std::string(key), std::move(value));
    return *this;
  }

  // Sets the whole `scores:` mapping, e.g. "{K1: 0.5}"; "" leaves it out.
  EveryKindStation& scores(std::string value) { return set("scores", std::move(value)); }

  std::string yaml() const {
    std::string out;
    for (const auto& [key, value] : m_lines) {
      if (!value.empty()) {
        out += key + ": " + value + "\n";
      }
    }
    return out;
  }

 private:
  std::vector<std::pair<std::string, std::string>> m_lines = {
      {"version", "1"},
      {"station", "{name: 测试所, county: 测试县, class: 一类, assessed_on: 2024-05-20}"},
      {"staffed", "true"},
      {"rooms", "6"},
      {"open", "true"},
      {"high", "true"},
      {"low", "true"},
      {"part_one", "true"},
      {"part_two", "true"},
      {"exempt", "false"},
      {"banned", "false"},
      {"staff", "[{name: 王某某, trainings: [{days: 3}]}]"},
      {"scores", "{K1: 1, K4: 2}"},
  };
};

// A station loaded for the rubric and scored; loading must report nothing.
class EveryKindScored {
 public:
  explicit EveryKindScored(const EveryKindStation& station = EveryKindStation()) {
    std::string yaml = station.yaml();
    LoadedStation loaded = load_station(read_document("station.yaml", yaml), every_kind_rubric());
    for (const Diagnostic& diagnostic : loaded.diagnostics) {
      ADD_FAILURE() << format_diagnostic(diagnostic) << "\nin:\n" << yaml;
    }
    m_station = std::make_unique<Station>(loaded.station.value_or(Station()));
    m_result = shifan::score(every_kind_rubric(), *m_station);
  }

  const Station& station() const { return *m_station; }
  const ScoreResult& result() const { return m_result; }

  const ItemResult& item(std::string_view id) const { return find_item_result(m_result, id); }

  // The item as "met 2", "unmet 0", "partial 1.5", "unknown 0..2".
  std::string outcome(std::string_view id) const { return outcome_of(item(id)); }

  const VetoResult& veto() const { return m_result.vetoes.at(0); }

 private:
  std::unique_ptr<Station> m_station;
  ScoreResult m_result;
};

}  // namespace shifan::testing
