// YAML nodes as expression values, for rubric constants.
#pragma once

#include "mapping_reader.h"
#include "shifan/value.h"

namespace shifan::detail {

// int → integer, real → decimal (double for 1e3, .inf), bool, string, null, sequence → list, mapping
// → map with string keys. Unreadable scalars are reported and become null.
Value yaml_value(const shifan::Node& node, Reporter& reporter);

}  // namespace shifan::detail
