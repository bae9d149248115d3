// Scoring many station files in one run, one at a time.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "inputs.h"
#include "report_writer.h"
#include "shifan/rubric.h"
#include "station_files.h"
#include "summary.h"
#include "what_if.h"

namespace shifan::detail {

struct BatchOptions {
  std::vector<StationFile> files;      // expand_arguments of the files, directories, "-"
  std::vector<Assignment> what_if;     // applied to every station
  SortKey sort = SortKey::input;
  std::optional<Stage> stage;          // --stage: score as of this stage
  unsigned jobs = 1;                   // files read and scored at once (threads)
  bool progress = false;               // the progress line on `err` (progress.h)
};

// Scores every station file, streaming: read, apply the what-if, validate,
// score, hand to `writer`, forget; only the summary rows stay. With `jobs`
// > 1 files are read and scored on that many threads (run_ordered), a few
// ahead; `writer` and `err` still get them in input order, so the output is
// the same for every `jobs`. A file that
// can't be read or doesn't validate has its problems printed to `err`, is
// given to writer.invalid() and counted invalid; but one found in a folder
// that is a shifan result or a rubric (other_file_kind) is skipped with a
// note on `err`. Calls writer.finish() at the end. Throws Error when a
// directory can't be read, or when no file is left to report
// (no_station_files; then the writer has written nothing).
Tally run_batch(const BatchOptions& options, const Rubric& rubric, ReportWriter& writer,
                std::ostream& err);

// A batch's file read, changed and validated (read_station_input), its
// problems printed to `err`; nullopt when it was found in a folder and is a
// shifan result or a rubric (other_file_kind): skipped with a note on `err`.
std::optional<StationInput> read_batch_file(const StationFile& file, const Rubric& rubric,
                                            const std::vector<Assignment>& what_if, std::ostream& err);

// "没有找到司法所文件 (.yaml .yml .json .xlsx)", with the rubric's word for a station.
std::string no_station_files(const Rubric& rubric);

}  // namespace shifan::detail
