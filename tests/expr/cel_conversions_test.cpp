#include <gtest/gtest.h>

#include "expr_test_support.h"

namespace shifan {
namespace {

using testing::show;

TEST(CelConversions, Int) {
  EXPECT_EQ(show("int(2.9) + int(-2.9) + int('42') + int(3u)"), "45");
  EXPECT_EQ(show("int(1e19)"), "error(\"转换为 int 时超出范围\")");
  EXPECT_EQ(show("int(double('nan'))"), "error(\"转换为 int 时超出范围\")");
  EXPECT_EQ(show("int(18446744073709551615u)"), "error(\"转换为 int 时超出范围\")");
  EXPECT_EQ(show("int('4x')"), "error(\"无法将 \\\"4x\\\" 转换为 int\")");
}

TEST(CelConversions, UintAndDouble) {
  EXPECT_EQ(show("uint(3) + uint(2.5) + uint('4')"), "9u");
  EXPECT_EQ(show("uint(-1)"), "error(\"转换为 uint 时超出范围\")");
  EXPECT_EQ(show("double(1) + double(2u) + double('0.5')"), "3.5");
  EXPECT_EQ(show("double('inf')"), "double(\"inf\")");
  EXPECT_EQ(show("double('')"), "error(\"无法将 \\\"\\\" 转换为 double\")");
}

TEST(CelConversions, StringBytesBool) {
  EXPECT_EQ(show("string(1) + string(2u) + string(1.5) + string(true) + string(b'x')"), "\"121.5truex\"");
  EXPECT_EQ(show("string(b'\\xff')"), "error(\"字节串不是有效的 UTF-8, 无法转换为 string\")");
  EXPECT_EQ(show("bytes('é')"), "b\"\\xc3\\xa9\"");
  EXPECT_EQ(show("bool('true') && bool('T') == false"), "error(\"无法将 \\\"T\\\" 转换为 bool\")");
  EXPECT_EQ(show("bool('f')"), "false");
}

TEST(CelConversions, Decimal) {
  EXPECT_EQ(show("decimal(3) + decimal(2u) + decimal('0.25') + decimal(double(0.1))"), "5.35");
  EXPECT_EQ(show("decimal('1e3')"), "error(\"无法将 \\\"1e3\\\" 转换为 decimal\")");
  EXPECT_EQ(show("decimal(double('inf'))"), "error(\"转换为 decimal 时超出范围\")");
  EXPECT_EQ(show("double(0.1) == 0.1 && type(double(0.1)) == double"), "true");
  EXPECT_EQ(show("[int(-2.9), int(11.9)]"), "[-2, 11]");
  EXPECT_EQ(show("uint(-0.5)"), "0u");
  EXPECT_EQ(show("uint(-1.5)"), "error(\"转换为 uint 时超出范围\")");
  EXPECT_EQ(show("string(11.90) + string(-0.05)"), "\"11.9-0.05\"");
  EXPECT_EQ(show("type(1.5) == decimal && type(1e0) == double"), "true");
}

TEST(CelConversions, DynAndType) {
  EXPECT_EQ(show("type(1) == int && type('a') == string && type([]) == list && type(type(1)) == type"), "true");
  EXPECT_EQ(show("type(null)"), "null_type");
  EXPECT_EQ(show("dyn([1])"), "[1]");
}

}  // namespace
}  // namespace shifan
