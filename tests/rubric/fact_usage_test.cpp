#include "fact_usage.h"

#include <gtest/gtest.h>

#include "anhui_fixture.h"
#include "every_kind_fixture.h"

namespace shifan::detail {
namespace {

using Strings = std::vector<std::string>;

TEST(FactUsage, ItemFactsFollowLets) {
  const Rubric& rubric = shifan::testing::anhui_rubric();
  // A6: full_time_count >= required_full_time, both lets.
  EXPECT_EQ(facts_read(rubric, deciding_rules(*rubric.find_item("A6"))), (Strings{"staff.full_time", "station.class"}));
}

TEST(FactUsage, LongerPathsHideTheirPrefix) {
  const Rubric& rubric = shifan::testing::anhui_rubric();
  Strings facts = facts_read(rubric, deciding_rules(*rubric.find_item("A9")));
  EXPECT_NE(std::find(facts.begin(), facts.end(), "staff.trainings.date"), facts.end());
  EXPECT_EQ(std::find(facts.begin(), facts.end(), "staff"), facts.end());
  EXPECT_EQ(std::find(facts.begin(), facts.end(), "staff.trainings"), facts.end());
}

TEST(FactUsage, NotApplicableRuleIsDeciding) {
  const Rubric& rubric = shifan::testing::anhui_rubric();
  Strings facts = facts_read(rubric, deciding_rules(*rubric.find_item("A8")));
  EXPECT_NE(std::find(facts.begin(), facts.end(), "station.class"), facts.end());
}

TEST(FactUsage, AssessedItemsReadNoFacts) {
  const Rubric& rubric = shifan::testing::anhui_rubric();
  EXPECT_TRUE(deciding_rules(*rubric.find_item("A1")).empty());
}

TEST(FactUsage, ReadersInRubricOrderItemsThenVetoes) {
  FactUsage usage(shifan::testing::anhui_rubric());
  EXPECT_EQ(usage.readers("station.class"), (Strings{"A6", "A8", "V3"}));
  EXPECT_EQ(usage.readers("management.vertical_management"), (Strings{"V1"}));
  EXPECT_EQ(usage.readers("station.name"), Strings{});
}

TEST(FactUsage, ReadersOfARecordIncludeItsFields) {
  FactUsage usage(shifan::testing::anhui_rubric());
  EXPECT_EQ(usage.readers("facilities"), (Strings{"D1", "D3", "V4"}));
}

TEST(FactUsage, TheRulesDecidingEachKindOfItem) {
  const Rubric& rubric = shifan::testing::every_kind_rubric();
  auto texts = [&](const char* id) {
    std::vector<std::string> out;
    for (const Rule* rule : deciding_rules(*rubric.find_item(id))) {
      out.push_back(rule->text);
    }
    return out;
  };
  using Texts = std::vector<std::string>;
  EXPECT_EQ(texts("K1"), Texts{});
  EXPECT_EQ(texts("K2"), Texts{"staffed"});
  EXPECT_EQ(texts("K3"), Texts{"0.5 * double(rooms) - 1.0"});
  EXPECT_EQ(texts("K4"), Texts{"open"});
  EXPECT_EQ(texts("K5"), (Texts{"high", "low"}));
  EXPECT_EQ(texts("K6"), (Texts{"part_one", "part_two"}));
  EXPECT_EQ(texts("K7"), (Texts{"staffed", "exempt"}));
}

TEST(FactUsage, LetsNamedInRubricOrder) {
  const Rubric& rubric = shifan::testing::anhui_rubric();
  std::vector<const Let*> lets = lets_named(rubric, *deciding_rules(*rubric.find_item("A6")).at(0));
  ASSERT_EQ(lets.size(), 2u);
  EXPECT_EQ(lets[0]->name, "full_time_count");
  EXPECT_EQ(lets[1]->name, "required_full_time");
}

}  // namespace
}  // namespace shifan::detail
