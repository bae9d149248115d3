#include "cel_comprehension.h"

#include <gtest/gtest.h>

#include "expr_test_support.h"

namespace shifan {
namespace {

using testing::Binding;
using testing::show;

const std::vector<Binding> k_u = {{"u", Value::unknown("u")}, {"v", Value::unknown("v")}};

TEST(CelComprehension, Macros) {
  EXPECT_EQ(show("[1, 2, 3].all(x, x > 0)"), "true");
  EXPECT_EQ(show("[1, 2, 3].exists(x, x > 2)"), "true");
  EXPECT_EQ(show("[1, 2, 3].exists_one(x, x > 1)"), "false");
  EXPECT_EQ(show("[1, 2, 3].map(x, x * 2)"), "[2, 4, 6]");
  EXPECT_EQ(show("[1, 2, 3].map(x, x > 1, x * 2)"), "[4, 6]");
  EXPECT_EQ(show("[1, 2, 3].filter(x, x != 2)"), "[1, 3]");
  EXPECT_EQ(show("{'a': 1, 'b': 2}.map(k, k)"), "[\"a\", \"b\"]");
  EXPECT_EQ(show("[[1], [2, 3]].all(l, l.all(x, x > 0))"), "true");
  EXPECT_EQ(show("[1, 2].exists(x, [3, 4].exists(y, x + y == 6))"), "true");
}

TEST(CelComprehension, AllAndExistsFoldLikeLogic) {
  EXPECT_EQ(show("[u, true].exists(x, x)", k_u), "true");
  EXPECT_EQ(show("[u, false].all(x, x)", k_u), "false");
  EXPECT_EQ(show("[u, true].all(x, x)", k_u), "unknown(\"u\")");
  EXPECT_EQ(show("[u, v].exists(x, x)", k_u), "unknown(\"u\", \"v\")");
  EXPECT_EQ(show("[0, 1].exists(x, 1 / x == 1)"), "true");
  EXPECT_EQ(show("[0, 1].all(x, 1 / x == 1)"), "error(\"除数为零\")");
  EXPECT_EQ(show("[dyn(1)].all(x, x)"), "error(\"all() 的条件需要 bool, 而不是 int\")");
}

TEST(CelComprehension, MapAndFilterWithUnknownsAreUnknown) {
  EXPECT_EQ(show("[1, 2].filter(x, x >= 1 || u)", k_u), "[1, 2]");
  EXPECT_EQ(show("[1, 2].filter(x, x == 1 || u)", k_u), "unknown(\"u\")");
  EXPECT_EQ(show("[1, 2].filter(x, x == 2 && u)", k_u), "unknown(\"u\")");
  EXPECT_EQ(show("[1, 2].map(x, x + u)", k_u), "unknown(\"u\")");
  EXPECT_EQ(show("u.map(x, x)", k_u), "unknown(\"u\")");
  EXPECT_EQ(show("[1, 2].exists_one(x, x == 1 && u)", k_u), "unknown(\"u\")");
  EXPECT_EQ(show("size([1, 2].filter(x, u))", k_u), "unknown(\"u\")");
}

TEST(CelComprehension, RangeMustBeListOrMap) {
  EXPECT_EQ(show("dyn(1).all(x, true)"), "error(\"all() 不能遍历 int\")");
}

TEST(CelComprehension, VariableShadowsAndIsRestored) {
  EXPECT_EQ(show("[1].map(x, [2].map(x, x))"), "[[2]]");
  EXPECT_EQ(show("[1].map(x, [x].map(y, y + x))"), "[[2]]");
}

}  // namespace
}  // namespace shifan
