// The JSON stage of the document reader: a small strict RFC 8259 parser.
#pragma once

#include "shifan/document.h"

namespace shifan::detail {

// Reads the source's text (UTF-8, no BOM) as strict JSON: no comments, no
// trailing commas, no single quotes. Numbers keep their text; strings are
// quoted scalars. Stops at the first syntax error; never throws.
// `*stopped` is set when reading stopped before the end. `*plain` is set
// when reading went to the end and met no byte the encoding check would
// report (invalid UTF-8, NUL, another control character): the text then
// needs no separate encoding check. The text need not have passed one.
Node read_json(const Source& source, const ReadLimits& limits, Diagnostics& diagnostics,
               bool* stopped = nullptr, bool* plain = nullptr);

}  // namespace shifan::detail
