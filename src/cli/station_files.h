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

// Whether `path` ends in .yaml, .yml or .json (ASCII case ignored).
bool is_station_file_name(const std::string& path);

}  // namespace shifan::detail
