// The JSON stage of the document reader: a small strict RFC 8259 parser.
#pragma once

#include "shifan/document.h"

namespace shifan::detail {

// Reads the source's text (UTF-8, no BOM) as strict JSON: no comments, no
// trailing commas, no single quotes. Numbers keep their text; strings are
// quoted scalars. Stops at the first syntax error; never throws.
// `*stopped` is set when reading stopped before the end.
Node read_json(const Source& source, const ReadLimits& limits, Diagnostics& diagnostics,
               bool* stopped = nullptr);

}  // namespace shifan::detail
