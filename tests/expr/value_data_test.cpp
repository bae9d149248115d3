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

TEST(MapData, HintedLookupMovesTheHint) {
  detail::MapData data({{Value::string("a"), Value::integer(1)}, {Value::string("b"), Value::integer(2)}});
  std::uint32_t hint = 7;  // out of range
  ASSERT_NE(data.find("b", hint), nullptr);
  EXPECT_EQ(hint, 1u);
  EXPECT_EQ(data.at_hint("b", 1)->as_int(), 2);
  EXPECT_EQ(data.at_hint("a", 1), nullptr);
  EXPECT_EQ(data.find("a", hint)->as_int(), 1);
  EXPECT_EQ(hint, 0u);
  EXPECT_EQ(data.find("c", hint), nullptr);
  EXPECT_EQ(hint, 0u);
}

TEST(MapData, HintSkipsNonStringKeysAndWorksOnLargeMaps) {
  detail::MapData small({{Value::integer(1), Value::integer(1)}, {Value::string(""), Value::integer(2)}});
  EXPECT_EQ(small.at_hint("", 0), nullptr);
  std::uint32_t hint = 0;
  EXPECT_EQ(small.find("", hint)->as_int(), 2);
  EXPECT_EQ(hint, 1u);
  MapEntries entries;
  for (int i = 0; i < 40; ++i) {
    entries.emplace_back(Value::string("k" + std::to_string(i)), Value::integer(i));
  }
  detail::MapData large(std::move(entries));
  EXPECT_EQ(large.at_hint("k33", 33)->as_int(), 33);
  EXPECT_EQ(large.find("k12", hint)->as_int(), 12);
  EXPECT_EQ(hint, 12u);
}

TEST(MapData, SameText) {
  for (std::string_view a : {"", "a", "abc", "abcd", "abcdefg", "abcdefgh", "full_time", "abcdefghijklmnopq"}) {
    std::string b(a);
    EXPECT_TRUE(detail::same_text(a, b)) << a;
    if (!b.empty()) {
      b.back() = '!';
      EXPECT_FALSE(detail::same_text(a, b)) << a;
      b = std::string(a);
      b.front() = '!';
      EXPECT_FALSE(detail::same_text(a, b)) << a;
    }
  }
  EXPECT_FALSE(detail::same_text("ab", "abc"));
}

}  // namespace
}  // namespace shifan
