#include "decimal_math.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

DecimalParts parts(std::string_view text) {
  std::optional<DecimalParts> read = parse_decimal(text);
  EXPECT_TRUE(read.has_value()) << text;
  return read.value_or(DecimalParts{});
}

std::string text(const Value& value) {
  return value.kind() == Value::Kind::decimal_type ? decimal_text(value) : to_literal(value);
}

TEST(DecimalMath, Parse) {
  EXPECT_EQ(parse_decimal("11.90")->coefficient, 119);
  EXPECT_EQ(parse_decimal("11.90")->scale, 1);
  EXPECT_EQ(parse_decimal("-0.25")->coefficient, -25);
  EXPECT_EQ(parse_decimal("+90.000")->coefficient, 90);
  EXPECT_EQ(parse_decimal(".5")->scale, 1);
  EXPECT_EQ(parse_decimal("0.000000000000000001")->scale, 18);
  EXPECT_FALSE(parse_decimal("0.0000000000000000001"));  // 19 places
  EXPECT_FALSE(parse_decimal("9223372036854775808"));
  EXPECT_FALSE(parse_decimal("1e3"));
  EXPECT_FALSE(parse_decimal("1.2.3"));
  EXPECT_FALSE(parse_decimal("."));
  EXPECT_FALSE(parse_decimal(""));
  EXPECT_FALSE(parse_decimal("-"));
}

TEST(DecimalMath, ExactSumsAndProducts) {
  EXPECT_EQ(text(decimal_add(parts("0.1"), parts("0.2"))), "0.3");
  EXPECT_EQ(text(decimal_multiply(parts("11.9"), parts("7.5"))), "89.25");
  EXPECT_EQ(text(decimal_multiply(parts("0.1"), parts("7.5"))), "0.75");
  EXPECT_EQ(text(decimal_subtract(parts("90"), parts("89.99"))), "0.01");
  Value total = Value::decimal(0, 0);
  for (int i = 0; i < 120; ++i) {
    Value hours = decimal_multiply(parts("0.1"), parts("7.5"));
    total = decimal_add(*decimal_parts(total), *decimal_parts(hours));
  }
  EXPECT_EQ(text(total), "90");
  EXPECT_EQ(compare_decimals(*decimal_parts(total), parts("90.00")), std::strong_ordering::equal);
}

TEST(DecimalMath, Division) {
  EXPECT_EQ(text(decimal_divide(parts("7.5"), parts("2"))), "3.75");
  EXPECT_EQ(text(decimal_divide(parts("90"), parts("7.5"))), "12");
  EXPECT_EQ(text(decimal_divide(parts("1"), parts("3"))), "0.333333333333333333");
  EXPECT_EQ(text(decimal_divide(parts("2"), parts("3"))), "0.666666666666666667");
  EXPECT_EQ(text(decimal_divide(parts("-10"), parts("3"))), "-3.333333333333333333");
  EXPECT_EQ(text(decimal_divide(parts("1"), parts("0.001"))), "1000");
  EXPECT_EQ(text(decimal_divide(parts("1"), parts("0"))), "error(\"除数为零\")");
}

TEST(DecimalMath, RoundingAndOverflow) {
  // 36 places: rounded half to even to 18.
  EXPECT_EQ(text(decimal_multiply(parts("0.000000000000000001"), parts("0.5"))), "0");
  EXPECT_EQ(text(decimal_multiply(parts("0.000000000000000003"), parts("0.5"))), "0.000000000000000002");
  EXPECT_EQ(text(decimal_multiply(parts("9223372036854775807"), parts("2"))), "error(\"小数溢出\")");
  EXPECT_EQ(text(decimal_add(parts("9223372036854775807"), parts("1"))), "error(\"小数溢出\")");
  EXPECT_EQ(text(decimal_multiply(parts("1.23456789012345678"), parts("1.23456789012345678"))),
            "1.524157875323883653");
  EXPECT_EQ(text(decimal_multiply(parts("12345678901.2345678"), parts("12345678901.2345678"))),
            "error(\"小数溢出\")");
}

TEST(DecimalMath, Compare) {
  EXPECT_EQ(compare_decimals(parts("1.10"), parts("1.1")), std::strong_ordering::equal);
  EXPECT_EQ(compare_decimals(parts("-0.5"), parts("0.25")), std::strong_ordering::less);
  EXPECT_EQ(compare_decimals(parts("9223372036854775807"), parts("0.000000000000000001")),
            std::strong_ordering::greater);
}

TEST(DecimalMath, Text) {
  EXPECT_EQ(decimal_text(Value::decimal(9000, 2)), "90");
  EXPECT_EQ(decimal_text(Value::decimal(-5, 1)), "-0.5");
  EXPECT_EQ(decimal_text(Value::decimal(5, 3)), "0.005");
  EXPECT_EQ(decimal_text(Value::decimal(INT64_MIN, 0)), "-9223372036854775808");
  EXPECT_EQ(decimal_to_double(Value::decimal(1, 1)), 0.1);
  EXPECT_EQ(decimal_or_double("4.5", 4.5).kind(), Value::Kind::decimal_type);
  EXPECT_EQ(decimal_or_double("1e3", 1000).kind(), Value::Kind::double_type);
}

}  // namespace
}  // namespace shifan::detail
