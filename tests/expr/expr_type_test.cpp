#include <gtest/gtest.h>

#include "shifan/expr.h"

namespace shifan {
namespace {

TEST(ExprType, Names) {
  EXPECT_EQ(Type().to_string(), "dyn");
  EXPECT_EQ(Type::list(Type::integer()).to_string(), "list(int)");
  EXPECT_EQ(Type::map(Type::string(), Type::list(Type::date())).to_string(), "map(string, list(date))");
  EXPECT_EQ(Type::record("Station", {}).to_string(), "Station");
}

TEST(ExprType, Parameters) {
  Type m = Type::map(Type::string(), Type::real());
  EXPECT_EQ(m.key(), Type::string());
  EXPECT_EQ(m.value(), Type::real());
  EXPECT_EQ(Type::list(Type::bytes()).element(), Type::bytes());
  EXPECT_TRUE(Type::integer().element().is_dyn());
}

TEST(ExprType, RecordFields) {
  Type staff = Type::record("Staff", {{"name", Type::string()}});
  ASSERT_NE(staff.field("name"), nullptr);
  EXPECT_EQ(*staff.field("name"), Type::string());
  EXPECT_EQ(staff.field("age"), nullptr);
  EXPECT_EQ(staff.key(), Type::string());
}

TEST(ExprType, Equality) {
  EXPECT_EQ(Type::list(Type::integer()), Type::list(Type::integer()));
  EXPECT_FALSE(Type::list(Type::integer()) == Type::list(Type::string()));
  EXPECT_FALSE(Type::integer() == Type::unsigned_integer());
}

}  // namespace
}  // namespace shifan
