#include "mapping_reader.h"

#include <gtest/gtest.h>

#include "rubric_test_support.h"

namespace shifan::detail {
namespace {

TEST(MappingReader, ReportsUnknownMissingAndMisplacedKeys) {
  test::Parsed parsed("a: {nme: x, when: y}\n");
  check_keys(parsed.at("a"), {"name"}, {"name"}, {"when"}, "这里", parsed.reporter);
  EXPECT_EQ(parsed.errors(),
            "f.yaml:1:5: 未知的键 'nme' (是否想写 'name'?)\n"
            "  a: {nme: x, when: y}\n"
            "      ^\n"
            "f.yaml:1:13: 这里不应有 'when'\n"
            "  a: {nme: x, when: y}\n"
            "              ^\n"
            "f.yaml:1:4: 缺少必需的键 'name'\n"
            "  a: {nme: x, when: y}\n"
            "     ^\n");
}

TEST(MappingReader, ReadsPoints) {
  test::Parsed parsed("a: [2.5, 4.50, 1.234, -1, [1]]\n");
  Reporter& reporter = parsed.reporter;
  const auto& items = parsed.at("a").items;
  EXPECT_EQ(read_points(items[0], reporter)->str(), "2.5");
  EXPECT_EQ(read_points(items[1], reporter)->str(), "4.5");
  EXPECT_FALSE(read_points(items[2], reporter).has_value());
  EXPECT_FALSE(read_points(items[3], reporter).has_value());
  EXPECT_FALSE(expect_mapping(items[4], reporter));
  EXPECT_EQ(parsed.errors(),
            "f.yaml:1:16: 最多两位小数: 1.234\n"
            "  a: [2.5, 4.50, 1.234, -1, [1]]\n"
            "                 ^\n"
            "f.yaml:1:23: 分值应大于 0: -1\n"
            "  a: [2.5, 4.50, 1.234, -1, [1]]\n"
            "                        ^\n"
            "f.yaml:1:27: 应为映射\n"
            "  a: [2.5, 4.50, 1.234, -1, [1]]\n"
            "                            ^\n");
}

TEST(MappingReader, PointsTakeZerosPastTwoDecimals) {
  test::Parsed parsed("a: [1.500, 0.505, 2.0000]\n");
  Reporter& reporter = parsed.reporter;
  const auto& items = parsed.at("a").items;
  EXPECT_EQ(read_points(items[0], reporter), Decimal::from_hundredths(150));
  EXPECT_FALSE(read_decimal(items[1], reporter).has_value());
  EXPECT_EQ(read_decimal(items[2], reporter), Decimal::from_int(2));
  EXPECT_EQ(parsed.errors(),
            "f.yaml:1:12: 最多两位小数: 0.505\n"
            "  a: [1.500, 0.505, 2.0000]\n"
            "             ^\n");
}

}  // namespace
}  // namespace shifan::detail
