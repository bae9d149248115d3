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

TEST(ValueCompare, EqualityWithUnknownsInsideIsUnknownUnlessDecided) {
  using detail::equal_values;
  const Value u = Value::unknown("u");
  const Value one = Value::integer(1);
  const Value two = Value::integer(2);
  EXPECT_EQ(to_literal(equal_values(Value::list({u, one}), Value::list({two, one}))), "unknown(\"u\")");
  EXPECT_EQ(to_literal(equal_values(Value::list({u, one}), Value::list({two, two}))), "false");
  EXPECT_EQ(to_literal(equal_values(Value::list({u}), Value::list({one, two}))), "false");
  EXPECT_EQ(to_literal(equal_values(Value::list({u, Value::list({Value::unknown("v")})}),
                                    Value::list({one, Value::list({two})}))),
            "unknown(\"u\", \"v\")");
  const Value m = Value::map({{Value::string("a"), u}, {Value::string("b"), one}});
  EXPECT_EQ(to_literal(equal_values(m, Value::map({{Value::string("b"), one}, {Value::string("a"), two}}))),
            "unknown(\"u\")");
  EXPECT_EQ(to_literal(equal_values(m, Value::map({{Value::string("b"), two}, {Value::string("a"), two}}))),
            "false");
  EXPECT_EQ(to_literal(equal_values(m, Value::map({{Value::string("c"), one}, {Value::string("a"), two}}))),
            "false");
  EXPECT_EQ(to_literal(equal_values(Value::list({one}), Value::list({Value::real(1.0)}))), "true");
  // operator== stays two-valued: an unknown anywhere makes it false.
  EXPECT_FALSE(Value::list({u}) == Value::list({u}));
}

TEST(ValueCompare, OrdersStringsBytesBoolsDates) {
  EXPECT_TRUE(*detail::compare_values(Value::string("a"), Value::string("b")) < 0);
  EXPECT_TRUE(*detail::compare_values(Value::bytes("b"), Value::bytes("a")) > 0);
  EXPECT_TRUE(*detail::compare_values(Value::boolean(false), Value::boolean(true)) < 0);
  EXPECT_TRUE(*detail::compare_values(Value::date(Date{2024, 1, 1}), Value::date(Date{2023, 12, 31})) > 0);
  EXPECT_FALSE(detail::compare_values(Value(), Value()));
  EXPECT_FALSE(detail::compare_values(Value::list({}), Value::list({})));
}

TEST(ValueCompare, IntFastPathAgreesWithNumbers) {
  const std::int64_t ints[] = {INT64_MIN, -1, 0, 1, INT64_MAX};
  for (std::int64_t a : ints) {
    for (std::int64_t b : ints) {
      EXPECT_EQ(*detail::compare_values(Value::integer(a), Value::integer(b)),
                detail::compare_numbers(Value::integer(a), Value::integer(b)));
    }
  }
}

}  // namespace
}  // namespace shifan
