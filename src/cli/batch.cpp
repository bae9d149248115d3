#include "batch.h"

#include <ostream>

#include "shifan/document.h"
#include "shifan/station.h"
#include "station_files.h"

namespace shifan::detail {

namespace {

struct Loaded {
  std::optional<Station> station;
  std::vector<WhatIfChange> what_if;
  std::vector<std::string> problems;  // formatted diagnostics
};

Loaded load(const std::string& file, const BatchOptions& options, const Rubric& rubric) {
  Loaded loaded;
  ReadLimits limits;
  std::string text;
  try {
    text = read_file(file, limits.max_bytes);
  } catch (const Error& e) {
    loaded.problems.push_back(e.what());
    return loaded;
  }
  Document document = read_document(file == "-" ? "<stdin>" : file, std::move(text), limits);
  Diagnostics what_if_problems;
  if (document.diagnostics.empty()) {
    loaded.what_if = apply_what_if(document.root, options.what_if, what_if_problems);
  }
  LoadedStation station = load_station(document, rubric);
  Diagnostics diagnostics = std::move(station.diagnostics);
  diagnostics.insert(diagnostics.end(), what_if_problems.begin(), what_if_problems.end());
  attribute_what_if(diagnostics, options.what_if);
  for (const Diagnostic& diagnostic : diagnostics) {
    loaded.problems.push_back(format_diagnostic(diagnostic));
  }
  if (diagnostics.empty()) {
    loaded.station = std::move(station.station);
  }
  return loaded;
}

}  // namespace

Tally run_batch(const BatchOptions& options, const Rubric& rubric, ReportWriter& writer,
                std::ostream& err) {
  Tally tally;
  std::vector<SummaryRow> rows;
  for (const std::string& argument : options.arguments) {
    for (const std::string& file : station_files(argument, err)) {
      Loaded loaded = load(file, options, rubric);
      for (const std::string& problem : loaded.problems) {
        err << problem << '\n';
      }
      if (!loaded.station) {
        rows.push_back(invalid_row(file == "-" ? "<stdin>" : file, std::move(loaded.problems)));
      } else {
        ScoreResult result = score(rubric, *loaded.station);
        writer.station(result, loaded.what_if);
        rows.push_back(summary_row(result));
      }
      tally.count(rows.back());
    }
  }
  sort_rows(rows, options.sort);
  writer.finish(rows, tally);
  return tally;
}

}  // namespace shifan::detail
