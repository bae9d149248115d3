// Markdown pieces of `--format markdown`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "shifan/score.h"
#include "what_if.h"

namespace shifan::detail {

// Text safe inside a Markdown table cell: `|` and `\` escaped, line breaks as spaces.
std::string markdown_cell(std::string_view text);

// A table: the header row, the alignment row (`right` columns end in `:`), the rows.
std::string markdown_table(const std::vector<std::string>& header, const std::vector<bool>& right,
                           const std::vector<std::vector<std::string>>& rows);

// One station's section: heading, facts, categories, items, vetoes, verdict.
std::string render_markdown(const ScoreResult& result, const std::vector<WhatIfChange>& what_if);

}  // namespace shifan::detail
