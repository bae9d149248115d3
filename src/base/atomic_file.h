// Writing an output file as a whole or not at all.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

namespace shifan::detail {

// Calls `write` with a stream on a new temporary file in the directory of
// `path`, then renames it over `path`. When `write` throws, or the file can't
// be created, written or renamed, the temporary file is removed, `path` is
// left as it was, and the exception propagates (Error for file problems).
void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace shifan::detail
