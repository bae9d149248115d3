#include "shifan/rubric.h"

#include <gtest/gtest.h>

namespace shifan {
namespace {

TEST(Rubric, FindsItemsAndFields) {
  Rubric rubric;
  rubric.categories = {Category{"A", "a", Decimal::from_int(2), {}, {}}};
  rubric.categories[0].items.push_back(Item{});
  rubric.categories[0].items[0].id = "A1";
  EXPECT_EQ(rubric.find_item("A1"), &rubric.categories[0].items[0]);
  EXPECT_EQ(rubric.find_item("A2"), nullptr);
  FactSpec record;
  record.fields = {{"x", FactSpec{}}};
  EXPECT_EQ(record.field("x"), &record.fields[0].second);
  EXPECT_EQ(record.field("y"), nullptr);
}

}  // namespace
}  // namespace shifan
