// The assessment stages in reports: which stages a station has, each stage's
// cell for an item the stages scored differently, and the change in words.
#pragma once

#include <string>
#include <vector>

#include "shifan/score.h"

namespace shifan::detail {

// The stages the station's scores come from, earliest first: self, then the
// later stages the file gives (up to --stage).
std::vector<Stage> stages_present(const Station& station);

// "自评; 复评 (泾县司法局, 2024-06-05)", with ", 只计到复评 (--stage review)"
// when --stage dropped later stages; "" when the station has only its own.
std::string stages_line(const Station& station);

// The stage's score for the item, or "-" when that stage does not score it.
std::string stage_cell(const StageDifference& difference, Stage stage);

// Each stage's change from the one before: "复评降低 1 分, 验收提高 1 分".
std::string change_text(const StageDifference& difference);

// The items the stages scored differently as a table: 编号, 项目, a column
// per stage present, 变化; a row per item in rubric order.
struct StageTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::size_t stages = 0;  // how many stage columns
};
StageTable stage_table(const ScoreResult& result);

}  // namespace shifan::detail
