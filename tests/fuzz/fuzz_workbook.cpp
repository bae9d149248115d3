// Fuzzes a workbook station file against the built-in rubric: unzip, parse
// the XML, map the sheets to the document, validate, and score when valid.
// Traps when a diagnostic has no message or points at a sheet that isn't there.
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

void check(const shifan::Diagnostic& diagnostic) {
  if (diagnostic.message.empty() || diagnostic.line < 0 || diagnostic.column < 0 ||
      (diagnostic.sheet > 0 && diagnostic.sheet_name.empty() && diagnostic.line > 0)) {
    __builtin_trap();
  }
  shifan::format_diagnostic(diagnostic);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Zip's magic first, so that every input takes the workbook path.
  std::string bytes = "PK\x03\x04" + std::string(reinterpret_cast<const char*>(data), size);
  if (size >= 4 && bytes.compare(4, 4, "PK\x03\x04") == 0) {
    bytes.erase(0, 4);
  }
  shifan::Document document = shifan::read_station_document("fuzz.xlsx", bytes, rubric());
  for (const shifan::Diagnostic& diagnostic : document.diagnostics) {
    check(diagnostic);
  }
  shifan::LoadedStation loaded = shifan::load_station(document, rubric());
  for (const shifan::Diagnostic& diagnostic : loaded.diagnostics) {
    check(diagnostic);
  }
  if (loaded.station.has_value() == !loaded.diagnostics.empty()) {
    __builtin_trap();
  }
  if (loaded.station) {
    shifan::ScoreResult result = shifan::score(rubric(), *loaded.station);
    shifan::render_json(result);
  }
  return 0;
}
