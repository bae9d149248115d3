#include "name_order.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace shifan::detail {
namespace {

TEST(NameOrder, ChineseNamesByPinyin) {
  // Byte (code point) order would be 云 亭 昌 汀 黄.
  std::vector<std::string> names = {"云岭司法所", "黄村司法所", "汀溪司法所", "昌桥司法所"};
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return name_less(a, b); });
  EXPECT_EQ(names, (std::vector<std::string>{"昌桥司法所", "黄村司法所", "汀溪司法所", "云岭司法所"}));
}

TEST(NameOrder, IsAStrictOrder) {
  EXPECT_FALSE(name_less("黄村", "黄村"));
  EXPECT_TRUE(name_less("a", "b"));
  EXPECT_FALSE(name_less("b", "a"));
  EXPECT_TRUE(name_less("", "黄村"));
}

}  // namespace
}  // namespace shifan::detail
