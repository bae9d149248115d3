#include "stage_columns.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

TEST(StageColumns, StagesLineNamesWhoAndWhenAndTheStageLimit) {
  Station station;
  EXPECT_EQ(stages_line(station), "");
  station.later_stages.push_back({Stage::review, "泾县司法局", "2024-06-05", {}});
  EXPECT_EQ(stages_present(station), (std::vector<Stage>{Stage::self, Stage::review}));
  EXPECT_EQ(stages_line(station), "自评; 复评 (泾县司法局, 2024-06-05)");
  keep_stages_until(station, Stage::self);
  EXPECT_EQ(stages_line(station), "自评, 只计到自评 (--stage self)");
}

TEST(StageColumns, CellsAndEachStagesChange) {
  Item item;
  StageDifference difference{&item,
                             {{Stage::self, Decimal::from_int(2)},
                              {Stage::review, Decimal::from_int(1)},
                              {Stage::acceptance, Decimal::from_hundredths(250)}},
                             Decimal::from_hundredths(50)};
  EXPECT_EQ(stage_cell(difference, Stage::review), "1");
  EXPECT_EQ(change_text(difference), "复评降低 1 分, 验收提高 1.5 分");
  difference.scores.erase(difference.scores.begin() + 1);
  EXPECT_EQ(stage_cell(difference, Stage::review), "-");
}

}  // namespace
}  // namespace shifan::detail
