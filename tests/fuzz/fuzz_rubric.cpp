// Fuzzes a rubric file: read it and load it (schema, items, vetoes, every
// rule compiled); when it loads, score a small fixed station against it, or
// a station whose facts are all unknown when that one does not fit the
// schema (only rubrics cheap to evaluate: see cheap_to_score). Traps when a
// diagnostic is empty or the load result is inconsistent.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fact_usage.h"
#include "shifan/document.h"
#include "shifan/render.h"
#include "shifan/rubric.h"
#include "shifan/score.h"
#include "shifan/station.h"

namespace {

constexpr std::string_view k_station = R"(version: 1
station: {name: 黄村司法所, class: 二类, assessed_on: 2024-05-20}
staff:
  - {name: 张, full_time: true, education: 本科}
  - {name: 李, full_time: false}
disputes: 10
disputes_resolved: 9
satisfaction_percent: 96.5
scores: {A1: 1.5}
)";

// Every top-level fact unknown: valid for any schema.
shifan::Station unknown_station(const shifan::Rubric& rubric) {
  shifan::Station station;
  station.file = "unknown.yaml";
  for (const auto& [name, spec] : rubric.facts.fields) {
    station.facts.emplace_back(name, shifan::Value::unknown(name));
  }
  return station;
}

// The evaluator stops each evaluation at 10,000,000 steps (seconds under the
// sanitizers); a rubric with many rules that each reach it is slow, not
// broken. Guard: score only when no rule has nested comprehensions (two
// macros) and the constants are small.
bool cheap_to_score(const shifan::Rubric& rubric, const shifan::Node& root) {
  auto nested = [](const shifan::Rule& rule) {
    int macros = 0;
    for (std::string_view macro : {".all(", ".exists(", ".exists_one(", ".map(", ".filter("}) {
      for (std::size_t at = rule.text.find(macro); at != std::string::npos;
           at = rule.text.find(macro, at + 1)) {
        ++macros;
      }
    }
    return macros > 1 || rule.text.size() > 2000;
  };
  std::vector<const shifan::Rule*> rules;
  for (const shifan::Let& let : rubric.lets) {
    rules.push_back(&let.rule);
  }
  for (const shifan::Category& category : rubric.categories) {
    for (const shifan::Item& item : category.items) {
      for (const shifan::Rule* rule : shifan::detail::deciding_rules(item)) {
        rules.push_back(rule);
      }
    }
  }
  for (const shifan::Veto& veto : rubric.vetoes) {
    rules.push_back(&veto.when);
  }
  std::size_t constant_nodes = 0;
  std::vector<const shifan::Node*> pending;
  if (const shifan::Node* constants = root.find("constants")) {
    pending.push_back(constants);
  }
  while (!pending.empty() && constant_nodes <= 1000) {
    const shifan::Node* node = pending.back();
    pending.pop_back();
    ++constant_nodes;
    for (const shifan::Node& item : node->items) {
      pending.push_back(&item);
    }
    for (const auto& [key, value] : node->entries) {
      pending.push_back(&value);
    }
  }
  return constant_nodes <= 1000 && std::none_of(rules.begin(), rules.end(),
                                                [&](const shifan::Rule* rule) { return nested(*rule); });
}

void check(const shifan::Diagnostics& diagnostics) {
  for (const shifan::Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.message.empty() || diagnostic.line < 0 || diagnostic.column < 0) {
      __builtin_trap();
    }
    shifan::format_diagnostic(diagnostic);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  shifan::Document document =
      shifan::read_document("fuzz-rubric.yaml", std::string(reinterpret_cast<const char*>(data), size));
  check(document.diagnostics);
  if (!document.diagnostics.empty()) {
    return 0;
  }
  shifan::LoadedRubric loaded = shifan::load_rubric(document);
  check(loaded.diagnostics);
  if (loaded.rubric.has_value() == !loaded.diagnostics.empty()) {
    __builtin_trap();
  }
  if (!loaded.rubric) {
    return 0;
  }
  const shifan::Rubric& rubric = *loaded.rubric;
  if (!cheap_to_score(rubric, document.root)) {
    return 0;
  }
  shifan::LoadedStation station =
      shifan::load_station(shifan::read_document("station.yaml", std::string(k_station)), rubric);
  check(station.diagnostics);
  shifan::Station scored = station.station ? *station.station : unknown_station(rubric);
  shifan::ScoreResult result = shifan::score(rubric, scored);
  shifan::render_text(result, shifan::TextStyle{});
  shifan::render_json(result);
  return 0;
}
