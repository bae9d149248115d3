// Fuzzes a station file end to end against the built-in rubric: read it
// (YAML, JSON, or a table or workbook recognised by its bytes),
// validate it, and when it validates score it and render both reports.
// Traps when a diagnostic points outside the text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "shifan/document.h"
#include "shifan/render.h"
#include "shifan/rubric.h"
#include "shifan/score.h"
#include "shifan/station.h"

namespace {

const shifan::Rubric& rubric() {
  static const shifan::Rubric loaded = [] {
    shifan::LoadedRubric result = shifan::load_default_rubric();
    if (!result.rubric) {
      __builtin_trap();
    }
    return *result.rubric;
  }();
  return loaded;
}

void check_position(const shifan::Diagnostic& diagnostic, std::size_t text_size) {
  if (diagnostic.message.empty() || diagnostic.line < 0 || diagnostic.column < 0 ||
      static_cast<std::size_t>(diagnostic.line) > text_size + 1) {
    __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  shifan::Document document = shifan::read_station_document("fuzz.yaml", text, rubric());
  for (const shifan::Diagnostic& diagnostic : document.diagnostics) {
    check_position(diagnostic, size);
    shifan::format_diagnostic(diagnostic);
  }
  if (!document.diagnostics.empty()) {
    return 0;
  }
  shifan::LoadedStation loaded = shifan::load_station(document, rubric());
  for (const shifan::Diagnostics* list : {&loaded.diagnostics, &loaded.warnings}) {
    for (const shifan::Diagnostic& diagnostic : *list) {
      check_position(diagnostic, size);
      shifan::format_diagnostic(diagnostic);
    }
  }
  if (loaded.station.has_value() == !loaded.diagnostics.empty()) {
    __builtin_trap();
  }
  if (loaded.station) {
    shifan::ScoreResult result = shifan::score(rubric(), *loaded.station);
    shifan::render_text(result, shifan::TextStyle{});
    shifan::render_text(result, shifan::TextStyle{true});
    shifan::render_json(result);
  }
  return 0;
}
