// Expanding `shifan score` arguments into station files.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace shifan::detail {

// The station files an argument names. A file (or "-", or a path that does
// not exist) is kept as given, to be read or reported later; a directory is
// searched recursively for regular `.yaml`, `.yml` and `.json` files (any
// case, symlinks followed), returned in byte order of the path. A directory met again (a symlink loop
// or a second link to it) is skipped with a note on `err`. Throws Error when
// a directory can't be read.
std::vector<std::string> station_files(const std::string& argument, std::ostream& err);

// A file to read as a station. `found`: a folder search found it (not named
// on the command line), so a file that turns out to be something else, such
// as a shifan result, may be skipped rather than reported.
struct StationFile {
  std::string path;
  bool found = false;
  bool operator==(const StationFile&) const = default;
};

// station_files for each argument in turn, each file marked found when its
// argument is a directory.
std::vector<StationFile> expand_arguments(const std::vector<std::string>& arguments, std::ostream& err);

// True when a batch over `files` reports several records: more than one
// file, or any found in a folder (so `--format json` gives an array).
bool several_records(const std::vector<StationFile>& files);

// The extensions a folder search looks for, for messages: ".yaml .yml .json .xlsx".
std::string station_extensions();

// Whether `path` ends in .yaml, .yml, .json or .xlsx (ASCII case ignored).
bool is_station_file_name(const std::string& path);

}  // namespace shifan::detail
