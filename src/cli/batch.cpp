#include "batch.h"

#include <ostream>

#include "inputs.h"
#include "shifan/document.h"
#include "station_files.h"

namespace shifan::detail {

Tally run_batch(const BatchOptions& options, const Rubric& rubric, ReportWriter& writer,
                std::ostream& err) {
  Tally tally;
  std::vector<SummaryRow> rows;
  for (const std::string& argument : options.arguments) {
    for (const std::string& file : station_files(argument, err)) {
      StationInput loaded = read_station_input(file, rubric, options.what_if);
      for (const std::string& problem : loaded.problems) {
        err << problem << '\n';
      }
      if (!loaded.station) {
        rows.push_back(invalid_row(input_name(file), std::move(loaded.problems)));
      } else {
        if (options.stage) {
          keep_stages_until(*loaded.station, *options.stage);
        }
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
