// Renderers: a score result as a person or a program reads it.
#pragma once

#include <string>

#include "shifan/score.h"

namespace shifan {

struct TextStyle {
  bool color = false;  // ANSI colours (only on a terminal, never with NO_COLOR)
};

// The report for a person at a terminal, in Chinese: station, a table per
// category, subtotals, total, vetoes, discrepancies, what to work on, verdict.
std::string render_text(const ScoreResult& result, const TextStyle& style);

// The verdict in one line that says why: "结论: 符合申报条件 (总分 97.5 ≥ 95,
// 未触发一票否决)", or what is missing when it is undetermined.
std::string verdict_sentence(const ScoreResult& result);

// One line of JSON as docs/score-json.md (the `--format json` contract).
std::string render_json(const ScoreResult& result);

}  // namespace shifan
