// `shifan score -o FILE` (and `template --from IN -o FILE`) never overwrites what it reads.
#pragma once

#include <string>
#include <vector>

#include "station_files.h"

namespace shifan::detail {

// Checks `output` against the rubric file (`rubric`, "" for the built-in one)
// and the station files, by device and inode after following symlinks, so
// any path or link to an input counts. Throws Error (exit 2) when it is one of
// them, before anything is read or written; except a file found in a folder
// that is a shifan result (an earlier run's output into the folder it scores),
// which is removed from `files`. Does nothing when `output` does not exist yet.
void guard_output(const std::string& output, const std::string& rubric, std::vector<StationFile>& files);

}  // namespace shifan::detail
