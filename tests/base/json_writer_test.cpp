#include "json_writer.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

TEST(JsonWriter, PlacesCommasAndNests) {
  JsonWriter out;
  out.begin_object().key("a").number(Decimal::parse("96.5").value());
  out.key("b").begin_array().string("x").null().boolean(true).boolean(false).begin_object().end_object().end_array();
  out.key("c").string_or_null("").end_object();
  EXPECT_EQ(out.str(), R"({"a":96.5,"b":["x",null,true,false,{}],"c":null})");
}

TEST(JsonWriter, WritesBooleans) {
  JsonWriter out;
  out.begin_array().boolean(true).boolean(false).end_array();
  EXPECT_EQ(out.str(), "[true,false]");
}

TEST(JsonWriter, QuotesStrings) {
  EXPECT_EQ(json_quote("黄村\"所\"\\\n\x01"), "\"黄村\\\"所\\\"\\\\\\n\\u0001\"");
}

}  // namespace
}  // namespace shifan::detail
