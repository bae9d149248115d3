// One station's part of `--format html`: the 申请表 as a printable section.
#pragma once

#include <string>
#include <vector>

#include "shifan/score.h"
#include "what_if.h"

namespace shifan::detail {

// The station's <section id="station-INDEX">: heading in the form's words
// (the rubric's `wording`: "泾县司法局 黄村司法所自评得分"),
// identity, a chart of the categories with the pass line, total and verdict,
// a table per category (full text, claimed and decided scores, reasons),
// vetoes, points to win back, findings, missing facts, the signature block.
std::string render_html(const ScoreResult& result, const std::vector<WhatIfChange>& what_if, int index);

// The lists after the tables: 补短板 (largest loss first), findings decided
// from facts (failed rule-decided items, triggered vetoes) with the scorer's
// reasons, and the facts still missing. "" for a list with nothing in it.
std::string html_to_work_on(const ScoreResult& result);
// Items the assessment stages scored differently, a column per stage.
std::string html_stage_differences(const ScoreResult& result);
std::string html_findings(const ScoreResult& result);
std::string html_missing(const ScoreResult& result);

}  // namespace shifan::detail
