// Facts read from a YAML or JSON document as expression values.
#pragma once

#include "shifan/diagnostic.h"
#include "shifan/document.h"
#include "shifan/value.h"

namespace shifan::detail {

// Converts a document node: integers to int, numbers with a fraction to
// decimal (with an exponent, or past 18 digits, to double), quoted scalars to string, null to null, sequences to
// lists and mappings to maps with string keys. A scalar that cannot be read
// (an integer out of range) adds a diagnostic and becomes null.
Value facts_to_value(const Node& node, const Source& source, Diagnostics& diagnostics);

}  // namespace shifan::detail
