#include "batch.h"

#include <memory>
#include <optional>
#include <ostream>
#include <sstream>

#include "inputs.h"
#include "name_order.h"
#include "ordered_pool.h"
#include "other_files.h"
#include "progress.h"
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

namespace {

// One file read and scored on a worker thread, waiting for its turn. The
// worker also makes the station's summary row and report text, so that the
// calling thread only writes (its share is what bounds the speed-up of -j).
struct FileOutcome {
  std::string notes;                    // for stderr: its problems, or why it is skipped
  std::unique_ptr<StationInput> input;  // on the heap: `result` points into its station; null when skipped
  std::optional<ScoreResult> result;    // when the file is valid and the writer collects results
  std::optional<SummaryRow> row;        // when the file is valid
  std::optional<std::string> text;      // ReportWriter::station_text, when the file is valid
};

FileOutcome read_and_score(const StationFile& file, const Rubric& rubric, const BatchOptions& options,
                           const ReportWriter& writer) {
  FileOutcome outcome;
  std::ostringstream notes;
  if (std::optional<StationInput> read = read_batch_file(file, rubric, options.what_if, notes)) {
    outcome.input = std::make_unique<StationInput>(std::move(*read));
    if (outcome.input->station) {
      if (options.stage) {
        keep_stages_until(*outcome.input->station, *options.stage);
      }
      ScoreResult result = score(rubric, *outcome.input->station, {.reasons = writer.prints_reasons()});
      outcome.row = summary_row(result, writer.prints_row_details());
      outcome.row->text = writer.row_text(*outcome.row);
      if (writer.collects()) {
        outcome.result = std::move(result);
      } else {
        outcome.text = writer.station_text(result, outcome.input->what_if);
        outcome.input->station.reset();  // freed here, not on the calling thread
      }
    }
  }
  outcome.notes = std::move(notes).str();
  return outcome;
}

}  // namespace

Tally run_batch(const BatchOptions& options, const Rubric& rubric, ReportWriter& writer,
                std::ostream& err) {
  Tally tally;
  std::vector<SummaryRow> rows;
  Progress progress(err, options.files.size(), options.progress);
  auto work = [&](std::size_t i) { return read_and_score(options.files[i], rubric, options, writer); };
  auto take = [&](std::size_t i, FileOutcome outcome) {
    if (!outcome.notes.empty()) {
      progress.clear();
      err << outcome.notes;
    }
    if (outcome.input && !outcome.row) {
      StationInput& loaded = *outcome.input;
      rows.push_back(invalid_row(input_name(options.files[i].path), std::move(loaded.problems),
                                 std::move(loaded.diagnostics)));
      writer.invalid(rows.back());
      tally.count(rows.back());
    } else if (outcome.row) {
      if (outcome.result) {
        writer.station(*outcome.result, outcome.input->what_if);
      } else if (outcome.text) {
        writer.write_station(*outcome.text);
      }
      rows.push_back(std::move(*outcome.row));
      tally.count(rows.back());
    }
    progress.done(i + 1);
  };
  run_ordered<FileOutcome>(options.files.size(), options.jobs, work, take);
  progress.clear();
  if (rows.empty()) {
    throw Error(no_station_files(rubric));
  }
  sort_rows(rows, options.sort);
  if (std::string problem = options.sort == SortKey::name ? name_order_problem() : ""; !problem.empty()) {
    err << "注意: " << problem << "; 名称按字节顺序排列, 而非拼音\n";
  }
  writer.finish(rows, tally);
  return tally;
}

}  // namespace shifan::detail
