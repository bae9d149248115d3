// The YAML stage of the document reader, on yaml-cpp's event parser.
#pragma once

#include "shifan/document.h"

namespace shifan::detail {

// Reads the source's text (UTF-8, no BOM) as one YAML document. Problems are
// appended to `diagnostics`; never throws.
// `*stopped` is set when reading stopped before the end.
Node read_yaml(const Source& source, const ReadLimits& limits, Diagnostics& diagnostics,
               bool* stopped = nullptr);

}  // namespace shifan::detail
