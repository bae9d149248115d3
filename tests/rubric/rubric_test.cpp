#include "shifan/rubric.h"

#include <gtest/gtest.h>

namespace shifan {
namespace {

TEST(Rubric, FindsItemsAndFields) {
  Rubric rubric;
  rubric.categories = {Category{"A", "a", CategoryKind::base, Decimal::from_int(2), {}, {}}};
  rubric.categories[0].items.push_back(Item{});
  rubric.categories[0].items[0].id = "A1";
  EXPECT_EQ(rubric.find_item("A1"), &rubric.categories[0].items[0]);
  EXPECT_EQ(rubric.find_item("A2"), nullptr);
  FactSpec record;
  record.fields = {{"x", FactSpec{}}};
  EXPECT_EQ(record.field("x"), &record.fields[0].second);
  EXPECT_EQ(record.field("y"), nullptr);
}

TEST(Rubric, BonusAndDeductionCategoriesAreCapsBesideTheTotal) {
  Rubric rubric;
  rubric.total = Decimal::from_int(10);
  rubric.categories = {Category{"A", "a", CategoryKind::base, Decimal::from_int(10), {}, {}}};
  EXPECT_FALSE(rubric.has_bonus_or_deduction());
  EXPECT_EQ(rubric.highest_total().str(), "10");
  rubric.categories.push_back(Category{"B", "b", CategoryKind::bonus, Decimal::from_int(2), {}, {}});
  rubric.categories.push_back(Category{"C", "c", CategoryKind::deduction, Decimal::from_int(3), {}, {}});
  EXPECT_TRUE(rubric.has_bonus_or_deduction());
  EXPECT_EQ(rubric.points(CategoryKind::deduction).str(), "3");
  EXPECT_EQ(rubric.highest_total().str(), "12");
}

}  // namespace
}  // namespace shifan
