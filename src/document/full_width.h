// Full-width slips: text typed with a Chinese input method where YAML, JSON
// or a number needs ASCII (`disputes：186`, `１８６`, `4。5`, U+3000 indents).
#pragma once

#include <string>
#include <string_view>

#include "shifan/diagnostic.h"

namespace shifan::detail {

// True for a full-width form (U+FF01–U+FF5E), the ideographic space U+3000
// or the ideographic full stop 。 (U+3002).
bool is_full_width(char32_t c);

// `text` with each full-width form as its ASCII character, U+3000 as a space
// and 。 as '.'; everything else unchanged.
std::string half_width(std::string_view text);

// YAML lines whose structure a full-width character breaks: an indent with
// U+3000, or a key followed by a full-width colon (`disputes：186`), each
// reported once at its own line and column. Block scalars' text and comments
// are skipped. True when there are none.
bool check_yaml_full_width(const Source& source, Diagnostics& diagnostics);

}  // namespace shifan::detail
