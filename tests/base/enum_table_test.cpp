#include "shifan/enum_table.h"

#include <gtest/gtest.h>

#include "shifan/outcome.h"
#include "shifan/rubric.h"

namespace shifan {
namespace {

enum class Colour { red, green };

}  // namespace

template <>
struct EnumTable<Colour> {
  static constexpr std::array<EnumName<Colour>, 2> entries = {{
      {Colour::green, "green", "绿"},
      {Colour::red, "red", "红"},
  }};
};

namespace {

// A table that forgets a value, or lists one twice, fails the check.
enum class Half { one, two };
enum class Twice { one, two };

}  // namespace

template <>
struct EnumTable<Half> {
  static constexpr std::array<EnumName<Half>, 1> entries = {{{Half::two, "two", "二"}}};
};
template <>
struct EnumTable<Twice> {
  static constexpr std::array<EnumName<Twice>, 2> entries = {{{Twice::one, "one", "一"}, {Twice::one, "uno", "一"}}};
};

namespace {

TEST(EnumTable, LooksUpByValueNotByPosition) {
  static_assert(lists_every_value<Colour>());
  EXPECT_STREQ(enum_name(Colour::red), "red");
  EXPECT_STREQ(enum_label(Colour::green), "绿");
  EXPECT_EQ(enum_from_name<Colour>("red"), Colour::red);
  EXPECT_EQ(enum_from_name<Colour>("blue"), std::nullopt);
  EXPECT_EQ(enum_names<Colour>(), (std::vector<std::string>{"green", "red"}));
}

TEST(EnumTable, ChecksThatEveryValueIsListedOnce) {
  static_assert(!lists_every_value<Half>());
  static_assert(!lists_every_value<Twice>());
}

TEST(EnumTable, OutcomesFactTypesAndKinds) {
  EXPECT_STREQ(status_name(ItemStatus::not_applicable), "not_applicable");
  EXPECT_STREQ(status_label(ItemStatus::partial), "部分得分");
  EXPECT_STREQ(status_label(VetoStatus::clear), "未触发");
  EXPECT_STREQ(verdict_name(Verdict::not_eligible), "not_eligible");
  EXPECT_STREQ(enum_label(Verdict::eligible), "符合");
  EXPECT_EQ(enum_from_name<FactType>("enum"), FactType::enumeration);
  EXPECT_STREQ(enum_name(ItemKind::gated), "gated");
  EXPECT_STREQ(enum_label(ItemKind::computed), "按事实计算");
}

}  // namespace
}  // namespace shifan
