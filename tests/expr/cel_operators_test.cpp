#include <gtest/gtest.h>

#include "expr_test_support.h"

namespace shifan {
namespace {

using testing::show;

TEST(CelOperators, IntegerArithmeticChecksOverflow) {
  EXPECT_EQ(show("7 / 2 + 7 % 2 * 10"), "13");
  EXPECT_EQ(show("-7 / 2"), "-3");
  EXPECT_EQ(show("9223372036854775807 + 1"), "error(\"整数溢出\")");
  EXPECT_EQ(show("-9223372036854775808 - 1"), "error(\"整数溢出\")");
  EXPECT_EQ(show("-9223372036854775808 / -1"), "error(\"整数溢出\")");
  EXPECT_EQ(show("4611686018427387904 * 2"), "error(\"整数溢出\")");
  EXPECT_EQ(show("-(-9223372036854775808)"), "error(\"整数溢出\")");
  EXPECT_EQ(show("1 / 0"), "error(\"除数为零\")");
  EXPECT_EQ(show("1 % 0"), "error(\"除数为零\")");
  EXPECT_EQ(show("0u - 1u"), "error(\"整数溢出\")");
  EXPECT_EQ(show("18446744073709551615u + 1u"), "error(\"整数溢出\")");
  EXPECT_EQ(show("5u / 2u"), "2u");
}

TEST(CelOperators, DoublesFollowIeee) {
  EXPECT_EQ(show("1e0 / 0e0"), "double(\"inf\")");
  EXPECT_EQ(show("double(0.1) + double(0.2)"), "0.30000000000000004");
  EXPECT_EQ(show("-(0e0)"), "-0.0");
}

TEST(CelOperators, DecimalsAreExact) {
  EXPECT_EQ(show("0.1 + 0.2 == 0.3"), "true");
  EXPECT_EQ(show("0.1 + 0.2"), "0.3");
  EXPECT_EQ(show("11.9 * 7.5"), "89.25");
  EXPECT_EQ(show("11.9 * 7.5 >= 90.0"), "false");
  EXPECT_EQ(show("12 * 7.5 == 90"), "true");
  EXPECT_EQ(show("90.0 - 89.99"), "0.01");
  EXPECT_EQ(show("-(0.5) - 1u"), "-1.5");
  EXPECT_EQ(show("7.5 / 2"), "3.75");
  EXPECT_EQ(show("1 / 3.0"), "0.333333333333333333");
  EXPECT_EQ(show("1.5 / 0"), "error(\"除数为零\")");
  EXPECT_EQ(show("9223372036854775807 + 0.5"), "error(\"小数溢出\")");
  EXPECT_EQ(show("sum([0.1, 0.2, 1])"), "1.3");
  EXPECT_EQ(show("[1, 2, 3][1.0]"), "2");
}

TEST(CelOperators, DecimalWithDoubleIsDouble) {
  EXPECT_EQ(show("double(0.1) + 0.2"), "0.30000000000000004");
  EXPECT_EQ(show("type(0.5 * 2e0)"), "double");
  EXPECT_EQ(show("0.3 == double(0.3) && 0.1 < double(0.2)"), "true");
}

TEST(CelOperators, NoMixedArithmetic) {
  EXPECT_EQ(show("dyn(1) + 1u"), "error(\"运算符 '+' 不能用于 int 和 uint\")");
  EXPECT_EQ(show("dyn(1e0) % 1e0"), "error(\"运算符 '%' 不能用于 double 和 double\")");
  EXPECT_EQ(show("dyn(1.5) % 1"), "error(\"运算符 '%' 不能用于 decimal 和 int\")");
  EXPECT_EQ(show("-dyn(1u)"), "error(\"运算符 '-' 不能用于 uint\")");
}

TEST(CelOperators, Concatenation) {
  EXPECT_EQ(show("'司法' + '所'"), "\"司法所\"");
  EXPECT_EQ(show("b'a' + b'\\xff'"), "b\"a\\xff\"");
  EXPECT_EQ(show("[1] + [2u]"), "[1, 2u]");
}

TEST(CelOperators, ComparisonAcrossNumericKinds) {
  EXPECT_EQ(show("1 < 1.5 && 2u > 1 && 1 == 1.0 && 1u == 1 && -1 < 0u"), "true");
  EXPECT_EQ(show("double('nan') == double('nan')"), "false");
  EXPECT_EQ(show("double('nan') < 1"), "false");
  EXPECT_EQ(show("'a' < 'b' && b'a' < b'b' && false < true"), "true");
  EXPECT_EQ(show("dyn(1) < 'a'"), "error(\"运算符 '<' 不能用于 int 和 string\")");
  EXPECT_EQ(show("dyn(1) == 'a'"), "false") << "without dyn, 1 == 'a' is a check error";
  EXPECT_EQ(show("[1, 2] == [1.0, 2u] && {'a': 1} == {'a': 1.0}"), "true");
}

TEST(CelOperators, MembershipAndIndexing) {
  EXPECT_EQ(show("2 in [1, 2] && 'a' in {'a': 1} && !(3 in [1])"), "true");
  EXPECT_EQ(show("2.0 in {2: 'x'}"), "true");
  EXPECT_EQ(show("[1, 2][1]"), "2");
  EXPECT_EQ(show("[1, 2][2]"), "error(\"下标 2 越界 (列表长度 2)\")");
  EXPECT_EQ(show("[1, 2][-1]"), "error(\"下标 -1 越界 (列表长度 2)\")");
  EXPECT_EQ(show("{'a': 1}['b']"), "error(\"没有键 'b'\")");
  EXPECT_EQ(show("{1: 1}[2]"), "error(\"没有键 2\")");
  EXPECT_EQ(show("dyn(1)[0]"), "error(\"运算符 '[]' 不能用于 int 和 int\")");
}

}  // namespace
}  // namespace shifan
