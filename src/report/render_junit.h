// JUnit XML pieces of `--format junit`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "summary.h"

namespace shifan::detail {

// Text safe in XML: & < > " ' as entities, C0 controls XML 1.0 forbids as
// U+FFFD; TAB LF CR kept in content, character references in an attribute.
std::string xml_escape(std::string_view text, bool attribute);

// The JUnit document: one testsuite, one testcase per file (name = station
// name, classname = file). Not eligible: <failure> with the verdict sentence
// as message and vetoes and points lost in the body; undetermined: <skipped>
// with the verdict sentence; an invalid file: <error> with its problems.
std::string render_junit(const std::vector<SummaryRow>& rows, const Tally& tally);

}  // namespace shifan::detail
