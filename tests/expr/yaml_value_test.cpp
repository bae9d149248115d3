#include "yaml_value.h"

#include <gtest/gtest.h>

#include "rubric_test_support.h"

namespace shifan::detail {
namespace {

TEST(YamlValue, ConvertsScalarsListsAndMaps) {
  test::Parsed parsed("a: {x: 1, y: [0.5, true, 文本, \"2\", ~]}\n");
  Value value = yaml_value(parsed.at("a"), parsed.reporter);
  EXPECT_EQ(parsed.errors(), "");
  EXPECT_EQ(to_literal(value), "{\"x\": 1, \"y\": [0.5, true, \"文本\", \"2\", null]}");
}

}  // namespace
}  // namespace shifan::detail
