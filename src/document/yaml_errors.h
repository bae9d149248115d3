// yaml-cpp's error messages as short Chinese diagnostics.
#pragma once

#include <cstddef>
#include <string_view>

#include "position_map.h"
#include "shifan/diagnostic.h"

namespace shifan::detail {

// A diagnostic for yaml-cpp's `message` at byte `offset` of the source text
// (negative: position unknown). A tab in the indentation of the error's line
// (or the line before) is reported instead, at the tab.
Diagnostic yaml_error(const Source& source, PositionMap& positions, std::string_view message,
                      long offset);

}  // namespace shifan::detail
