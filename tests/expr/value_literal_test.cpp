#include <cmath>
#include <gtest/gtest.h>

#include "shifan/value.h"

namespace shifan {
namespace {

TEST(ValueLiteral, Scalars) {
  EXPECT_EQ(to_literal(Value()), "null");
  EXPECT_EQ(to_literal(Value::boolean(true)), "true");
  EXPECT_EQ(to_literal(Value::integer(-1)), "-1");
  EXPECT_EQ(to_literal(Value::unsigned_integer(1)), "1u");
  EXPECT_EQ(to_literal(Value::date(Date{2024, 5, 20})), "date(\"2024-05-20\")");
  EXPECT_EQ(to_literal(Value::type("int")), "int");
  EXPECT_EQ(to_literal(Value::error("除数为零")), "error(\"除数为零\")");
  EXPECT_EQ(to_literal(Value::unknown("a.b")), "unknown(\"a.b\")");
}

TEST(ValueLiteral, DoublesReadBackAsDoubles) {
  EXPECT_EQ(to_literal(Value::real(1.0)), "1.0");
  EXPECT_EQ(to_literal(Value::real(-0.0)), "-0.0");
  EXPECT_EQ(to_literal(Value::real(0.1)), "0.1");
  EXPECT_EQ(to_literal(Value::real(1e100)), "1e+100");
  EXPECT_EQ(to_literal(Value::real(2.5e-8)), "2.5e-08");
  EXPECT_EQ(to_literal(Value::real(INFINITY)), "double(\"inf\")");
  EXPECT_EQ(to_literal(Value::real(-INFINITY)), "double(\"-inf\")");
  EXPECT_EQ(to_literal(Value::real(NAN)), "double(\"nan\")");
}

TEST(ValueLiteral, DecimalsKeepAPoint) {
  EXPECT_EQ(to_literal(Value::decimal(9000, 2)), "90.0");
  EXPECT_EQ(to_literal(Value::decimal(8925, 2)), "89.25");
  EXPECT_EQ(to_literal(Value::decimal(-5, 2)), "-0.05");
  EXPECT_EQ(to_literal(Value::list({Value::decimal(0, 0)})), "[0.0]");
}

TEST(ValueLiteral, StringsAndBytesAreEscaped) {
  EXPECT_EQ(to_literal(Value::string("a\"b\\\n司")), "\"a\\\"b\\\\\\n司\"");
  EXPECT_EQ(to_literal(Value::string(std::string("\x01", 1))), "\"\\x01\"");
  EXPECT_EQ(to_literal(Value::bytes("\xff" "a")), "b\"\\xffa\"");
}

TEST(ValueLiteral, ListsAndMapsKeepOrder) {
  EXPECT_EQ(to_literal(Value::list({Value::integer(1), Value::integer(2)})), "[1, 2]");
  EXPECT_EQ(to_literal(Value::map({{Value::string("b"), Value::integer(1)},
                                   {Value::string("a"), Value::list({})}})),
            "{\"b\": 1, \"a\": []}");
}

}  // namespace
}  // namespace shifan
