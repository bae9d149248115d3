// Loading the rubric and station files a command names, reporting problems
// on the error stream. Every file goes through read_input (document.h): one
// size limit, "<stdin>" for "-", the system's reasons in Chinese.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "shifan/rubric.h"
#include "shifan/station.h"
#include "what_if.h"

namespace shifan::detail {

// The rubric at `path`, or the built-in one when `path` is empty. Prints
// every diagnostic to `err` and returns nullopt when there are any; throws
// Error when the file can't be read.
std::optional<Rubric> load_rubric_file(const std::string& path, std::ostream& err);

// A station file read, changed by `--set`, and validated.
struct StationInput {
  std::optional<Station> station;     // set only when there is no problem
  std::vector<WhatIfChange> what_if;  // the changes made, in order
  std::vector<std::string> problems;  // formatted diagnostics, or why the file can't be read
  // What to print: the problems and the warnings, formatted, in file order.
  std::vector<std::string> messages;
  Diagnostics diagnostics;            // the same problems unformatted (line 0 when unplaced)
};

// The station at `path` ("-" = standard input) with the assignments applied
// and validated against `rubric`. A file that can't be read is its one
// problem, not an exception.
StationInput read_station_input(const std::string& path, const Rubric& rubric,
                                const std::vector<Assignment>& what_if = {});

// read_station_input with its messages (problems and warnings) printed to
// `err`; nullopt when there are problems.
std::optional<Station> load_station_file(const std::string& path, const Rubric& rubric,
                                         std::ostream& err);

// Each diagnostic formatted (format_diagnostic) on its own line.
void print_diagnostics(const Diagnostics& diagnostics, std::ostream& err);

}  // namespace shifan::detail
