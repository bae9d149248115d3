#include <gtest/gtest.h>

#include "rubric_test_support.h"

namespace shifan {
namespace {

using test::load_text;
using test::mini_rubric_text;
using test::replaced;
using test::rubric_errors;

constexpr std::string_view k_identity = "  identity: {name: station.name, class: station.class}\n";

// The mini rubric with `lines` for its identity and wording.
std::string with_metadata(std::string_view lines) {
  return replaced(mini_rubric_text(), k_identity, lines);
}

TEST(RubricWording, WithoutDeclarationsTheWordsAreNeutralAndNoFactIdentifies) {
  LoadedRubric loaded = load_text(with_metadata(""));
  ASSERT_TRUE(loaded.rubric) << test::formatted(loaded.diagnostics);
  const Rubric& rubric = *loaded.rubric;
  EXPECT_EQ(rubric.identity.name, "");
  EXPECT_EQ(rubric.identity.station_class, "");
  EXPECT_EQ(rubric.wording.subject, "评定对象");
  EXPECT_EQ(rubric.wording.pass_mark, "分数线");
  EXPECT_EQ(rubric.wording.verdict(Verdict::eligible), "达到 示范");
  EXPECT_EQ(rubric.wording.verdict(Verdict::not_eligible), "未达到 示范");
  EXPECT_EQ(rubric.wording.verdict(Verdict::undetermined), "待定");
  EXPECT_EQ(rubric.wording.reviewer, "");
  EXPECT_EQ(rubric.wording.head, "负责人");
}

TEST(RubricWording, DeclaredIdentityAndWords) {
  LoadedRubric loaded = load_text(with_metadata("  identity: {name: station.name, class: station.class}\n"
                                                "  wording: {subject: 所, not_eligible: 不予通过, pass_mark: 通过线,\n"
                                                "            reviewer: 局, head: 长}\n"));
  ASSERT_TRUE(loaded.rubric) << test::formatted(loaded.diagnostics);
  const Rubric& rubric = *loaded.rubric;
  EXPECT_EQ(rubric.identity.name, "station.name");
  EXPECT_EQ(rubric.identity.county, "");
  EXPECT_EQ(rubric.identity.station_class, "station.class");
  EXPECT_EQ(rubric.wording.subject, "所");
  EXPECT_EQ(rubric.wording.pass_mark, "通过线");
  EXPECT_EQ(rubric.wording.verdict(Verdict::eligible), "达到 示范");
  EXPECT_EQ(rubric.wording.verdict(Verdict::not_eligible), "不予通过");
  EXPECT_EQ(rubric.wording.reviewer, "局");
  EXPECT_EQ(rubric.wording.head, "长");
}

TEST(RubricWording, IdentityNamesAStringOrEnumFactThroughRecords) {
  EXPECT_EQ(rubric_errors(with_metadata("  identity: {name: station.nam, county: station.assessed_on}\n")),
            "r.yaml:7:20: 未知的事实 'station.nam' (是否想写 'station.name'?)\n"
            "    identity: {name: station.nam, county: station.assessed_on}\n"
            "                     ^\n"
            "r.yaml:7:41: identity 应为 string 或 enum 类型的事实: 'station.assessed_on' 是 date\n"
            "    identity: {name: station.nam, county: station.assessed_on}\n"
            "                                          ^\n");
}

TEST(RubricWording, UnknownKeysAreReported) {
  EXPECT_EQ(rubric_errors(with_metadata("  identity: {nmae: station.name}\n  wording: {eligable: 通过}\n")),
            "r.yaml:7:14: 未知的键 'nmae'\n"
            "    identity: {nmae: station.name}\n"
            "               ^\n"
            "r.yaml:8:13: 未知的键 'eligable' (是否想写 'eligible'?)\n"
            "    wording: {eligable: 通过}\n"
            "              ^\n");
}

}  // namespace
}  // namespace shifan
