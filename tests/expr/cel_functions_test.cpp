#include <gtest/gtest.h>

#include "expr_test_support.h"

namespace shifan {
namespace {

using testing::show;

TEST(CelFunctions, Size) {
  EXPECT_EQ(show("size('司法所') + size(b'ab') + size([1]) + size({'a': 1}) + 'abc'.size()"), "10");
  EXPECT_EQ(show("size(dyn(1))"), "error(\"函数 'size' 不能用于 int\")");
}

TEST(CelFunctions, Strings) {
  EXPECT_EQ(show("'司法所'.contains('法') && 'abc'.startsWith('ab') && 'abc'.endsWith('bc')"), "true");
  EXPECT_EQ(show("'abc'.contains('x') || 'abc'.startsWith('b') || 'abc'.endsWith('a')"), "false");
  EXPECT_EQ(show("'a'.contains(dyn(1))"), "error(\"函数 'contains' 不能用于 (string, int)\")");
}

TEST(CelFunctions, Sum) {
  EXPECT_EQ(show("sum([1, 2, 3])"), "6");
  EXPECT_EQ(show("sum([1.5, 2.5])"), "4.0");
  EXPECT_EQ(show("sum([1, 2.5])"), "3.5");
  EXPECT_EQ(show("sum([1u, 2u])"), "3u");
  EXPECT_EQ(show("sum([])"), "0");
  EXPECT_EQ(show("sum([9223372036854775807, 1])"), "error(\"整数溢出\")");
  EXPECT_EQ(show("sum([1, 1u])"), "error(\"sum() 不能混合 int 和 uint\")");
  EXPECT_EQ(show("sum([1, 'a'])"), "error(\"sum() 的列表元素须为数字, 而不是 string\")");
}

TEST(CelFunctions, MinMax) {
  EXPECT_EQ(show("min([3, 1.5, 2])"), "1.5");
  EXPECT_EQ(show("max([3, 1.5, 2u])"), "3");
  EXPECT_EQ(show("min([])"), "error(\"min() 不能用于空列表\")");
  EXPECT_EQ(show("max([])"), "error(\"max() 不能用于空列表\")");
}

}  // namespace
}  // namespace shifan
