#include "fact_types.h"

#include <gtest/gtest.h>

#include <memory>

namespace shifan::detail {
namespace {

TEST(FactTypes, MapsFactSpecsToExpressionTypes) {
  FactSpec entry;
  entry.type = FactType::record;
  FactSpec hours;
  hours.type = FactType::number;
  FactSpec level;
  level.type = FactType::enumeration;
  entry.fields = {{"hours", hours}, {"level", level}};
  FactSpec staff;
  staff.type = FactType::list;
  staff.items = std::make_shared<FactSpec>(entry);
  Type type = fact_type(staff, "staff");
  ASSERT_EQ(type.kind(), Type::Kind::list_type);
  EXPECT_EQ(type.element().field("hours")->kind(), Type::Kind::decimal_type);
  EXPECT_EQ(type.element().field("level")->kind(), Type::Kind::string_type);
  FactSpec date;
  date.type = FactType::date;
  EXPECT_EQ(fact_type(date, "d").kind(), Type::Kind::date_type);
}

TEST(FactTypes, AFactOfAnUnknownTypeIsDyn) {
  FactSpec spec;  // `type: integer` was reported; the rules must not add errors of their own
  spec.type_known = false;
  EXPECT_TRUE(fact_type(spec, "disputes").is_dyn());
}

TEST(FactTypes, TypesConstantsFromTheirValues) {
  Value classes = Value::map({{Value::string("一类"), Value::integer(6)}, {Value::string("二类"), Value::integer(5)}});
  EXPECT_EQ(value_type(classes).to_string(), "map(string, int)");
  Value mixed = Value::list({Value::integer(1), Value::string("a")});
  EXPECT_EQ(value_type(mixed).to_string(), "list(dyn)");
  EXPECT_EQ(value_type(Value::real(0.5)).to_string(), "double");
  EXPECT_EQ(value_type(Value::decimal(5, 1)).to_string(), "decimal");
  EXPECT_EQ(value_type(Value()).kind(), Type::Kind::dyn);
}

}  // namespace
}  // namespace shifan::detail
