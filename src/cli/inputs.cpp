#include "inputs.h"

#include <algorithm>
#include <ostream>
#include <tuple>

#include "shifan/document.h"

namespace shifan::detail {

void print_diagnostics(const Diagnostics& diagnostics, std::ostream& err) {
  for (const Diagnostic& diagnostic : diagnostics) {
    err << format_diagnostic(diagnostic) << '\n';
  }
}

std::optional<Rubric> load_rubric_file(const std::string& path, std::ostream& err) {
  LoadedRubric loaded = path.empty() ? load_default_rubric() : load_rubric(read_input(path));
  print_diagnostics(loaded.diagnostics, err);
  return std::move(loaded.rubric);
}

StationInput read_station_input(const std::string& path, const Rubric& rubric,
                                const std::vector<Assignment>& what_if) {
  StationInput input;
  Document document;
  try {
    document = read_station_document(input_name(path), read_file(path, ReadLimits{}.max_bytes), rubric);
  } catch (const Error& e) {
    input.problems.emplace_back(e.what());
    input.messages = input.problems;
    Diagnostic unreadable;
    unreadable.file = input_name(path);
    unreadable.message = e.what();
    input.diagnostics.push_back(std::move(unreadable));
    return input;
  }
  Diagnostics what_if_problems;
  if (document.diagnostics.empty()) {
    input.what_if = apply_what_if(document.root, what_if, what_if_problems);
  }
  LoadedStation loaded = load_station(document, rubric);
  Diagnostics diagnostics = std::move(loaded.diagnostics);
  diagnostics.insert(diagnostics.end(), what_if_problems.begin(), what_if_problems.end());
  attribute_what_if(diagnostics, what_if);
  for (const Diagnostic& diagnostic : diagnostics) {
    input.problems.push_back(format_diagnostic(diagnostic));
  }
  input.messages = input.problems;
  if (!loaded.warnings.empty()) {  // warnings among the problems, by position
    Diagnostics all = diagnostics;
    all.insert(all.end(), loaded.warnings.begin(), loaded.warnings.end());
    std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::tie(a.sheet, a.line, a.column) < std::tie(b.sheet, b.line, b.column);
    });
    input.messages.clear();
    for (const Diagnostic& diagnostic : all) {
      input.messages.push_back(format_diagnostic(diagnostic));
    }
  }
  if (diagnostics.empty()) {
    input.station = std::move(loaded.station);
  }
  input.diagnostics = std::move(diagnostics);
  return input;
}

std::optional<Station> load_station_file(const std::string& path, const Rubric& rubric,
                                         std::ostream& err) {
  StationInput input = read_station_input(path, rubric);
  for (const std::string& problem : input.messages) {
    err << problem << '\n';
  }
  return std::move(input.station);
}

}  // namespace shifan::detail
