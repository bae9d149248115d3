#include "stage_columns.h"

#include <fmt/format.h>

namespace shifan::detail {

std::vector<Stage> stages_present(const Station& station) {
  std::vector<Stage> stages{Stage::self};
  for (const StageScores& later : station.later_stages) {
    stages.push_back(later.stage);
  }
  return stages;
}

std::string stages_line(const Station& station) {
  if (station.later_stages.empty() && station.as_of == Stage::acceptance) {
    return "";
  }
  std::string line = enum_label(Stage::self);
  for (const StageScores& later : station.later_stages) {
    line += fmt::format("; {} ({}, {})", enum_label(later.stage), later.by, later.on);
  }
  if (station.as_of != Stage::acceptance) {
    line += fmt::format(", 只计到{} (--stage {})", enum_label(station.as_of), enum_name(station.as_of));
  }
  return line;
}

std::string stage_cell(const StageDifference& difference, Stage stage) {
  for (const StageScore& score : difference.scores) {
    if (score.stage == stage) {
      return score.score.str();
    }
  }
  return "-";
}

std::string change_text(const StageDifference& difference) {
  std::vector<std::string> steps;
  for (std::size_t i = 1; i < difference.scores.size(); ++i) {
    Decimal change = difference.scores[i].score - difference.scores[i - 1].score;
    const char* stage = enum_label(difference.scores[i].stage);
    if (change < Decimal()) {
      steps.push_back(fmt::format("{}降低 {} 分", stage, (Decimal() - change).str()));
    } else if (change > Decimal()) {
      steps.push_back(fmt::format("{}提高 {} 分", stage, change.str()));
    }
  }
  return fmt::format("{}", fmt::join(steps, ", "));
}

StageTable stage_table(const ScoreResult& result) {
  std::vector<Stage> stages = stages_present(*result.station);
  StageTable table{{"编号", "项目"}, {}, stages.size()};
  for (Stage stage : stages) {
    table.header.emplace_back(enum_label(stage));
  }
  table.header.emplace_back("变化");
  for (const StageDifference& difference : result.stage_differences) {
    std::vector<std::string> row{difference.item->id, difference.item->short_text};
    for (Stage stage : stages) {
      row.push_back(stage_cell(difference, stage));
    }
    row.push_back(change_text(difference));
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace shifan::detail
