#include "station_diff.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

Snapshot station(std::string name, std::string file, std::string verdict, int total) {
  Snapshot snapshot;
  snapshot.name = std::move(name);
  snapshot.file = std::move(file);
  snapshot.verdict = std::move(verdict);
  snapshot.total_low = snapshot.total_high = Decimal::from_int(total);
  snapshot.items = {{"A1", "党建引领", "5", "met", "评分 5 分"}, {"D3", "业务装备", "0", "unmet", "未配备"}};
  snapshot.vetoes = {{"V6", "处分", "", "clear", "没有处分"}};
  snapshot.facts = {{"mediation.disputes", "年度调解纠纷数", "210"}, {"facilities.equipment", "业务装备", "[a]"}};
  snapshot.has_facts = true;
  return snapshot;
}

TEST(StationDiff, PairsByNameThenByFileNameAndKeepsOneSidedStations) {
  std::vector<Snapshot> before = {station("黄村司法所", "2023/a.yaml", "not_eligible", 83),
                                  station("", "2023/b.yaml", "eligible", 96),
                                  station("汀溪司法所", "2023/c.yaml", "eligible", 97)};
  std::vector<Snapshot> after = {station("昌桥司法所", "2024/d.yaml", "eligible", 96),
                                 station("", "2024/b.yaml", "eligible", 96),
                                 station("黄村司法所", "2024/renamed.yaml", "not_eligible", 83)};
  std::vector<StationDiff> diffs = compare_stations(before, after);
  ASSERT_EQ(diffs.size(), 4U);
  EXPECT_EQ(diffs[0].after, &after[2]);
  EXPECT_EQ(diffs[1].after, &after[1]);
  EXPECT_EQ(diffs[2].after, nullptr);
  EXPECT_EQ(diffs[2].before, &before[2]);
  EXPECT_EQ(diffs[3].before, nullptr);
  EXPECT_EQ(diffs[3].after, &after[0]);
  EXPECT_TRUE(diffs[0].items.empty() && diffs[0].vetoes.empty() && diffs[0].facts.empty());
  EXPECT_FALSE(diffs[0].verdict_changed() || diffs[0].total_changed());
}

TEST(StationDiff, ChangedItemsVetoesAndFactsWithBothSides) {
  std::vector<Snapshot> before = {station("黄村司法所", "a.yaml", "not_eligible", 83)};
  std::vector<Snapshot> after = {station("黄村司法所", "a.yaml", "eligible", 95)};
  after[0].items[1] = {"D3", "业务装备", "2", "met", "均已配备"};
  after[0].items[0].reason = "另一个说明";  // a reason alone is no change
  after[0].vetoes[0].status = "unknown";
  after[0].facts[1].value = "[a, b]";
  after[0].facts.erase(after[0].facts.begin());
  after[0].facts.push_back({"staff[0].name", "姓名", "张某某"});
  std::vector<StationDiff> diffs = compare_stations(before, after);
  ASSERT_EQ(diffs.size(), 1U);
  EXPECT_TRUE(diffs[0].verdict_changed());
  ASSERT_EQ(diffs[0].items.size(), 1U);
  EXPECT_EQ(diffs[0].items[0].before.reason, "未配备");
  EXPECT_EQ(diffs[0].items[0].after.score, "2");
  ASSERT_EQ(diffs[0].vetoes.size(), 1U);
  ASSERT_EQ(diffs[0].facts.size(), 3U);
  EXPECT_EQ(diffs[0].facts[0].after, "[a, b]");
  EXPECT_EQ(diffs[0].facts[1].before, "(无)");
  EXPECT_EQ(diffs[0].facts[2].path, "mediation.disputes");
  EXPECT_EQ(diffs[0].facts[2].after, "(无)");
}

TEST(StationDiff, SavedResultsHaveNoFactsToCompare) {
  std::vector<Snapshot> before = {station("黄村司法所", "a.yaml", "not_eligible", 83)};
  std::vector<Snapshot> after = {station("黄村司法所", "a.yaml", "not_eligible", 83)};
  after[0].facts.clear();
  after[0].has_facts = false;
  EXPECT_TRUE(compare_stations(before, after)[0].facts.empty());
}

}  // namespace
}  // namespace shifan::detail
