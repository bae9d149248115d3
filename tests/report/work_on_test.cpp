#include "work_on.h"

#include <gtest/gtest.h>

#include "batch_test_support.h"

namespace shifan::detail {
namespace {

TEST(WorkOn, ListsLostAndUnknownItemsMostAtStakeFirst) {
  Station station = shifan::testing::example_station("examples/changqiao.json");
  ScoreResult result = score(shifan::testing::anhui_rubric(), station);
  std::vector<WorkOnLine> items = work_on_lines(result);
  ASSERT_FALSE(items.empty());
  auto at_stake = [](const WorkOnLine& item) { return item.result->item->points - item.result->low; };
  for (std::size_t i = 1; i < items.size(); ++i) {
    EXPECT_FALSE(at_stake(items[i]) > at_stake(items[i - 1])) << i;
  }
  bool unknown_seen = false;
  for (const WorkOnLine& item : items) {
    if (item.result->status == ItemStatus::unknown) {
      unknown_seen = true;
      EXPECT_EQ(item.what.rfind("待定, 最多可失 ", 0), 0u) << item.what;
      EXPECT_NE(item.note.find("缺: "), std::string::npos) << item.note;
    } else {
      EXPECT_EQ(item.what.rfind("失 ", 0), 0u) << item.what;
    }
  }
  EXPECT_TRUE(unknown_seen);
}

TEST(WorkOn, NothingForFullMarks) {
  Station station = shifan::testing::example_station("examples/yunling.yaml");
  ScoreResult result = score(shifan::testing::anhui_rubric(), station);
  for (const WorkOnLine& item : work_on_lines(result)) {
    EXPECT_TRUE(item.result->low < item.result->item->points) << item.result->item->id;
  }
}

TEST(WorkOn, DiscrepancyText) {
  Discrepancy discrepancy{"B6", Decimal::from_int(2), Decimal::from_hundredths(150)};
  EXPECT_EQ(discrepancy_text(discrepancy), "自评 2 分, 按事实核定 1.5 分");
}

}  // namespace
}  // namespace shifan::detail
