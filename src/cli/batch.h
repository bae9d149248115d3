// Scoring many station files in one run, one at a time.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "report_writer.h"
#include "shifan/rubric.h"
#include "summary.h"
#include "what_if.h"

namespace shifan::detail {

struct BatchOptions {
  std::vector<std::string> arguments;  // files, directories, "-"
  std::vector<Assignment> what_if;     // applied to every station
  SortKey sort = SortKey::input;
  std::optional<Stage> stage;          // --stage: score as of this stage
};

// Scores every station file the arguments name (station_files), streaming:
// read, apply the what-if, validate, score, hand to `writer`, forget; only
// the summary rows stay. A file that can't be read or doesn't validate has
// its problems printed to `err` and is counted invalid. Calls
// writer.finish() at the end. Throws Error when a directory can't be read.
Tally run_batch(const BatchOptions& options, const Rubric& rubric, ReportWriter& writer,
                std::ostream& err);

}  // namespace shifan::detail
