#include <cmath>
#include <gtest/gtest.h>

#include "value_data.h"

namespace shifan {
namespace {

TEST(MapData, LargeMapUsesIndex) {
  MapEntries entries;
  for (int i = 0; i < 40; ++i) {
    entries.emplace_back(Value::string("k" + std::to_string(i)), Value::integer(i));
  }
  Value m = Value::map(std::move(entries));
  ASSERT_NE(m.find("k33"), nullptr);
  EXPECT_EQ(m.find("k33")->as_int(), 33);
  EXPECT_EQ(m.find("k40"), nullptr);
}

TEST(MapData, SmallMapSkipsNonStringKeys) {
  detail::MapData data({{Value::integer(1), Value::integer(1)}, {Value::string("1"), Value::integer(2)}});
  ASSERT_NE(data.find("1"), nullptr);
  EXPECT_EQ(data.find("1")->as_int(), 2);
  EXPECT_TRUE(data.index.empty());
}

}  // namespace
}  // namespace shifan
