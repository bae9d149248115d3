#include <cmath>
#include <gtest/gtest.h>

#include "value_compare.h"

namespace shifan {
namespace {

TEST(ValueCompare, NumbersCompareAcrossKinds) {
  EXPECT_EQ(Value::integer(1), Value::unsigned_integer(1));
  EXPECT_EQ(Value::integer(1), Value::real(1.0));
  EXPECT_FALSE(Value::integer(-1) == Value::unsigned_integer(UINT64_MAX));
  EXPECT_FALSE(Value::real(NAN) == Value::real(NAN));
  EXPECT_TRUE(detail::compare_numbers(Value::integer(INT64_MAX), Value::real(9223372036854775808.0)) == 0);
  EXPECT_TRUE(detail::compare_numbers(Value::integer(-1), Value::unsigned_integer(0)) < 0);
  EXPECT_TRUE(detail::compare_numbers(Value::unsigned_integer(2), Value::real(1.5)) > 0);
}

TEST(ValueCompare, DifferentKindsAreUnequal) {
  EXPECT_FALSE(Value::integer(1) == Value::string("1"));
  EXPECT_FALSE(Value() == Value::boolean(false));
  EXPECT_FALSE(detail::compare_values(Value::integer(1), Value::string("1")));
}

TEST(ValueCompare, ListsAndMapsCompareElementwise) {
  Value a = Value::list({Value::integer(1), Value::string("x")});
  Value b = Value::list({Value::real(1.0), Value::string("x")});
  EXPECT_EQ(a, b);
  Value m1 = Value::map({{Value::string("a"), Value::integer(1)}, {Value::string("b"), Value::integer(2)}});
  Value m2 = Value::map({{Value::string("b"), Value::integer(2)}, {Value::string("a"), Value::integer(1)}});
  EXPECT_EQ(m1, m2);
  EXPECT_FALSE(m1 == Value::map({}));
}

TEST(ValueCompare, OrdersStringsBytesBoolsDates) {
  EXPECT_TRUE(*detail::compare_values(Value::string("a"), Value::string("b")) < 0);
  EXPECT_TRUE(*detail::compare_values(Value::bytes("b"), Value::bytes("a")) > 0);
  EXPECT_TRUE(*detail::compare_values(Value::boolean(false), Value::boolean(true)) < 0);
  EXPECT_TRUE(*detail::compare_values(Value::date(Date{2024, 1, 1}), Value::date(Date{2023, 12, 31})) > 0);
  EXPECT_FALSE(detail::compare_values(Value(), Value()));
  EXPECT_FALSE(detail::compare_values(Value::list({}), Value::list({})));
}

}  // namespace
}  // namespace shifan
