// Loading the rubric and station files a command names, reporting problems
// on the error stream.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "shifan/rubric.h"
#include "shifan/station.h"

namespace shifan::detail {

// The rubric at `path`, or the built-in one when `path` is empty. Prints
// every diagnostic to `err` and returns nullopt when there are any; throws
// Error when the file can't be read.
std::optional<Rubric> load_rubric_file(const std::string& path, std::ostream& err);

// The station at `path` ("-" = standard input) validated against `rubric`.
// Prints every problem (an unreadable file too) to `err` and returns nullopt.
std::optional<Station> load_station_file(const std::string& path, const Rubric& rubric,
                                         std::ostream& err);

void print_diagnostics(const Diagnostics& diagnostics, std::ostream& err);

}  // namespace shifan::detail
