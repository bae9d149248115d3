#include "shifan/value.h"

#include <gtest/gtest.h>

namespace shifan {
namespace {

TEST(Value, DefaultIsNull) {
  EXPECT_EQ(Value().kind(), Value::Kind::null_type);
  EXPECT_EQ(Value(), Value());
}

TEST(Value, ScalarsRoundTrip) {
  EXPECT_TRUE(Value::boolean(true).as_bool());
  EXPECT_EQ(Value::integer(-5).as_int(), -5);
  EXPECT_EQ(Value::unsigned_integer(7).as_uint(), 7u);
  EXPECT_EQ(Value::real(1.5).as_double(), 1.5);
  EXPECT_EQ(Value::string("司法所").as_string(), "司法所");
  EXPECT_EQ(Value::bytes("\xff").kind(), Value::Kind::bytes_type);
  EXPECT_EQ(Value::date(Date{2024, 5, 20}).as_date(), (Date{2024, 5, 20}));
  EXPECT_EQ(Value::error("除数为零").error_message(), "除数为零");
}

TEST(Value, MapFindsStringAndNumericKeys) {
  Value m = Value::map({{Value::string("一类"), Value::integer(6)}, {Value::integer(2), Value::integer(5)}});
  ASSERT_NE(m.find("一类"), nullptr);
  EXPECT_EQ(m.find("一类")->as_int(), 6);
  EXPECT_EQ(m.find("二类"), nullptr);
  ASSERT_NE(m.find(Value::unsigned_integer(2)), nullptr);
  ASSERT_NE(m.find(Value::real(2.0)), nullptr);
  EXPECT_EQ(m.find(Value::real(2.5)), nullptr);
  EXPECT_EQ(Value::integer(1).find("a"), nullptr);
}

TEST(Value, BorrowedReadsTheOwnersPayload) {
  const Value owner = Value::string("full_time");
  const Value borrowed = Value::borrowed(owner);
  const Value copy = borrowed;  // NOLINT(performance-unnecessary-copy-initialization): copies borrow too
  EXPECT_EQ(&copy.as_string(), &owner.as_string());
  EXPECT_EQ(copy, owner);
  const Value map = Value::map({{Value::borrowed(owner), Value::boolean(true)}});
  ASSERT_NE(map.find("full_time"), nullptr);
  EXPECT_TRUE(map.find("full_time")->as_bool());
  EXPECT_EQ(Value::borrowed(Value::decimal(8925, 2)), Value::decimal(8925, 2));
}

TEST(Value, UnknownsMergeDeduplicatedAndBounded) {
  Value a = Value::unknown("staff[2].sanctions");
  Value b = Value::unknown("station.class");
  Value merged = Value::merge_unknowns(a, b);
  EXPECT_EQ(merged.unknown_paths(), (std::vector<std::string>{"staff[2].sanctions", "station.class"}));
  EXPECT_EQ(Value::merge_unknowns(merged, a).unknown_paths().size(), 2u);
  EXPECT_EQ(Value::merge_unknowns(Value::integer(1), a).unknown_paths(), a.unknown_paths());
  Value many = Value::unknown("p0");
  for (int i = 1; i < 40; ++i) {
    many = Value::merge_unknowns(many, Value::unknown("p" + std::to_string(i)));
  }
  EXPECT_EQ(many.unknown_paths().size(), Value::k_max_unknown_paths);
}

TEST(Value, TypeNames) {
  EXPECT_EQ(type_name(Value::Kind::null_type), "null_type");
  EXPECT_EQ(type_name(Value::Kind::date_type), "date");
  EXPECT_EQ(type_name(Value::Kind::uint_type), "uint");
}

}  // namespace
}  // namespace shifan
