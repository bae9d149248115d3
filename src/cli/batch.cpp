#include "batch.h"

#include <ostream>

#include "inputs.h"
#include "other_files.h"
#include "shifan/diagnostic.h"
#include "shifan/document.h"

namespace shifan::detail {

std::string no_station_files(const Rubric& rubric) {
  return "没有找到" + rubric.wording.subject + "文件 (" + station_extensions() + ")";
}

std::optional<StationInput> read_batch_file(const StationFile& file, const Rubric& rubric,
                                            const std::vector<Assignment>& what_if, std::ostream& err) {
  StationInput loaded = read_station_input(file.path, rubric, what_if);
  if (!loaded.station && file.found) {
    if (std::optional<std::string> kind = other_file_kind(file.path)) {
      err << "跳过 '" << file.path << "': " << *kind << ", 不是" << rubric.wording.subject << "文件\n";
      return std::nullopt;
    }
  }
  for (const std::string& message : loaded.messages) {
    err << message << '\n';
  }
  return loaded;
}

Tally run_batch(const BatchOptions& options, const Rubric& rubric, ReportWriter& writer,
                std::ostream& err) {
  Tally tally;
  std::vector<SummaryRow> rows;
  for (const StationFile& file : options.files) {
    std::optional<StationInput> read = read_batch_file(file, rubric, options.what_if, err);
    if (!read) {
      continue;
    }
    StationInput& loaded = *read;
    if (!loaded.station) {
      rows.push_back(invalid_row(input_name(file.path), std::move(loaded.problems), std::move(loaded.diagnostics)));
      writer.invalid(rows.back());
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
  if (rows.empty()) {
    throw Error(no_station_files(rubric));
  }
  sort_rows(rows, options.sort);
  writer.finish(rows, tally);
  return tally;
}

}  // namespace shifan::detail
