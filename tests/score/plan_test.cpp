#include "plan.h"

#include <gtest/gtest.h>

#include "anhui_fixture.h"

namespace shifan::detail {
namespace {

using shifan::testing::anhui_rubric;

struct Scored {
  Station station;
  ScoreResult result;
};

// An example station scored (the result points into the returned station).
std::unique_ptr<Scored> scored(const char* name) {
  std::string path = std::string(SHIFAN_SOURCE_DIR "/examples/") + name;
  LoadedStation loaded = load_station(read_document(name, read_file(path, 1 << 20)), anhui_rubric());
  auto out = std::make_unique<Scored>();
  out->station = std::move(*loaded.station);
  out->result = score(anhui_rubric(), out->station);
  return out;
}

TEST(Plan, BelowThePassMarkTheFewestItemsFactDecidedFirst) {
  auto huangcun = scored("huangcun.yaml");
  Plan plan = make_plan(huangcun->result);
  EXPECT_TRUE(plan.vetoes.empty());
  EXPECT_EQ(plan.gap, Decimal::from_hundredths(1150));
  EXPECT_TRUE(plan.reachable);
  ASSERT_EQ(plan.steps.size(), 10U);
  EXPECT_EQ(plan.steps[0].item->item->id, "E1");
  EXPECT_EQ(plan.steps[0].lever, Lever::facts);
  EXPECT_EQ(plan.steps[0].gain, Decimal::from_int(3));
  EXPECT_EQ(plan.steps[0].total, Decimal::from_hundredths(8650));
  EXPECT_EQ(plan.steps[1].facts, std::vector<std::string>{"facilities.equipment"});
  EXPECT_EQ(plan.steps.back().lever, Lever::judgement);
  EXPECT_GE(plan.steps.back().total, anhui_rubric().pass_mark());
  // Fewest: nine items, even the largest nine, do not close 11.5.
  Decimal nine;
  for (std::size_t i = 0; i < 9; ++i) {
    nine += plan.steps[i].gain;
  }
  EXPECT_LT(nine, plan.gap);
}

TEST(Plan, ATriggeredVetoComesWithTheFactsThatClearIt) {
  auto tingxi = scored("tingxi.yaml");
  Plan plan = make_plan(tingxi->result);
  ASSERT_EQ(plan.vetoes.size(), 1U);
  EXPECT_EQ(plan.vetoes[0].veto->veto->id, "V6");
  EXPECT_EQ(plan.vetoes[0].facts, std::vector<std::string>{"staff.sanctions.date"});
  EXPECT_EQ(plan.gap, Decimal());
  EXPECT_TRUE(plan.steps.empty());
}

TEST(Plan, UndeterminedListsTheMissingFactsByThePointsTheyHold) {
  auto changqiao = scored("changqiao.json");
  Plan plan = make_plan(changqiao->result);
  EXPECT_EQ(plan.gap, Decimal());
  EXPECT_EQ(plan.needed, Decimal::from_hundredths(650));
  ASSERT_EQ(plan.open.size(), 4U);
  EXPECT_EQ(plan.open[0].path, "scores.C5");
  EXPECT_EQ(plan.open[0].points, Decimal::from_int(3));
  EXPECT_EQ(plan.open[0].readers, std::vector<std::string>{"C5"});
  EXPECT_EQ(plan.open[3].points, Decimal::from_int(1));
  EXPECT_FALSE(plan.open[0].decides_veto);
}

TEST(Plan, AnEligibleStationNeedsNothing) {
  auto yunling = scored("yunling.yaml");
  Plan plan = make_plan(yunling->result);
  EXPECT_TRUE(plan.vetoes.empty() && plan.steps.empty() && plan.open.empty());
  EXPECT_EQ(plan.needed, Decimal());
}

}  // namespace
}  // namespace shifan::detail
