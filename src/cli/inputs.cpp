#include "inputs.h"

#include <ostream>

#include "shifan/document.h"

namespace shifan::detail {

void print_diagnostics(const Diagnostics& diagnostics, std::ostream& err) {
  for (const Diagnostic& diagnostic : diagnostics) {
    err << format_diagnostic(diagnostic) << '\n';
  }
}

std::optional<Rubric> load_rubric_file(const std::string& path, std::ostream& err) {
  LoadedRubric loaded;
  if (path.empty()) {
    loaded = load_default_rubric();
  } else {
    ReadLimits limits;
    loaded = load_rubric(read_document(path, read_file(path, limits.max_bytes), limits));
  }
  print_diagnostics(loaded.diagnostics, err);
  return std::move(loaded.rubric);
}

std::optional<Station> load_station_file(const std::string& path, const Rubric& rubric,
                                         std::ostream& err) {
  ReadLimits limits;
  std::string text;
  try {
    text = read_file(path, limits.max_bytes);
  } catch (const Error& e) {
    err << e.what() << '\n';
    return std::nullopt;
  }
  LoadedStation loaded =
      load_station(read_document(path == "-" ? "<stdin>" : path, std::move(text), limits), rubric);
  print_diagnostics(loaded.diagnostics, err);
  return std::move(loaded.station);
}

}  // namespace shifan::detail
