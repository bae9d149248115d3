#include <gtest/gtest.h>

#include <variant>

#include "rubric_test_support.h"

namespace shifan {
namespace {

// A rubric whose one category (4 points) holds `items`, from line 11.
std::string with_items(const std::string& items) {
  return "rubric: {id: t, title: t, total: 4, assessed_on: d, grades: [{name: g, min: 3}]}\n"
         "facts:\n"
         "  d: {type: date, required: true}\n"
         "  n: {type: int}\n"
         "  s: {type: string}\n"
         "categories:\n"
         "  - id: A\n"
         "    title: a\n"
         "    points: 4\n"
         "    items:\n" +
         items;
}

TEST(ItemLoader, LoadsEveryKind) {
  LoadedRubric loaded = test::load_text(with_items(
      "      - {id: A1, text: 甲，乙, points: 1, kind: assessed}\n"
      "      - {id: A2, text: t, points: 1, kind: computed, score: n / 2}\n"
      "      - {id: A3, text: t, points: 1, kind: gated, gate: n > 1, reason: 'n = {n}, {score}'}\n"
      "      - id: A4\n"
      "        text: t\n"
      "        points: 1\n"
      "        kind: tiers\n"
      "        tiers: [{when: n > 2, score: 1}, {when: n > 1, score: 0.5}]\n"
      "        not_applicable: {when: s == 'x', score: 1, reason: 不适用}\n"));
  ASSERT_EQ(test::formatted(loaded.diagnostics), "");
  const Rubric& rubric = *loaded.rubric;
  EXPECT_EQ(rubric.find_item("A1")->short_text, "甲");
  EXPECT_EQ(rubric.find_item("A1")->kind(), ItemKind::assessed);
  EXPECT_EQ(std::get<ComputedScore>(rubric.find_item("A2")->rules).score.text, "n / 2");
  EXPECT_EQ(std::get<Gated>(rubric.find_item("A3")->rules).gate.text, "n > 1");
  EXPECT_EQ(rubric.find_item("A3")->reasons[0].second.pieces,
            (std::vector<std::string>{"n = ", ", ", ""}));
  const Item& tiers = *rubric.find_item("A4");
  ASSERT_EQ(tiers.kind(), ItemKind::tiers);
  EXPECT_EQ(std::get<TierList>(tiers.rules).tiers[1].score.str(), "0.5");
  EXPECT_EQ(tiers.not_applicable->score.str(), "1");
  EXPECT_EQ(tiers.reasons[0].first, ItemStatus::not_applicable);
}

TEST(ItemLoader, FieldsMustFitTheKind) {
  EXPECT_EQ(test::rubric_errors(with_items(
                "      - {id: A1, text: t, points: 1, kind: assessed, when: n > 1}\n"
                "      - {id: A2, text: t, points: 1, kind: computed}\n"
                "      - {id: A3, score: 1, when: n > 1, text: t, points: 1, kind: computed}\n"
                "      - {id: A4, text: t, points: 1, kind: gatd}\n")),
            "r.yaml:11:54: assessed 类型的评分项不应有 'when'\n"
            "        - {id: A1, text: t, points: 1, kind: assessed, when: n > 1}\n"
            "                                                       ^\n"
            "r.yaml:12:9: computed 类型的评分项需要 'when' 或 'score'\n"
            "        - {id: A2, text: t, points: 1, kind: computed}\n"
            "          ^\n"
            "r.yaml:13:18: computed 类型的评分项不能同时有 'when' 和 'score'\n"
            "        - {id: A3, score: 1, when: n > 1, text: t, points: 1, kind: computed}\n"
            "                   ^\n"
            "r.yaml:14:44: 未知的评分项类型 'gatd' (是否想写 'gated'?)\n"
            "        - {id: A4, text: t, points: 1, kind: gatd}\n"
            "                                             ^\n");
}

TEST(ItemLoader, ChecksPointsAndScores) {
  EXPECT_EQ(test::rubric_errors(with_items(
                "      - {id: A1, text: t, points: 1.555, kind: assessed}\n"
                "      - {id: A2, text: t, points: 0, kind: assessed}\n"
                "      - {tiers: [{score: 3, when: n > 1}], id: A3, text: t, points: 2, kind: tiers}\n"
                "      - {id: A4, text: t, points: 2, kind: parts, parts: [{when: n > 1, points: 1}]}\n"
                "      - id: A5\n"
                "        text: t\n"
                "        points: 1\n"
                "        kind: assessed\n"
                "        not_applicable: {when: n > 1, score: -1}\n")),
            "r.yaml:11:35: 最多两位小数: 1.555\n"
            "        - {id: A1, text: t, points: 1.555, kind: assessed}\n"
            "                                    ^\n"
            "r.yaml:12:35: 分值应大于 0: 0\n"
            "        - {id: A2, text: t, points: 0, kind: assessed}\n"
            "                                    ^\n"
            "r.yaml:13:26: 分值 3 超过评分项分值 2\n"
            "        - {tiers: [{score: 3, when: n > 1}], id: A3, text: t, points: 2, kind: tiers}\n"
            "                           ^\n"
            "r.yaml:14:58: 各部分分值合计 1, 与评分项分值 2 不符\n"
            "        - {id: A4, text: t, points: 2, kind: parts, parts: [{when: n > 1, points: 1}]}\n"
            "                                                           ^\n"
            "r.yaml:19:46: 分值不应为负数: -1\n"
            "          not_applicable: {when: n > 1, score: -1}\n"
            "                                               ^\n");
}

TEST(ItemLoader, RulesMustHaveTheRightType) {
  EXPECT_EQ(test::rubric_errors(with_items(
                "      - {id: A1, text: t, points: 2, kind: computed, when: n + 1}\n"
                "      - {id: A2, text: t, points: 2, kind: computed, score: s}\n")),
            "r.yaml:11:60: 条件应为 bool 类型, 而表达式的类型是 int\n"
            "        - {id: A1, text: t, points: 2, kind: computed, when: n + 1}\n"
            "                                                             ^\n"
            "r.yaml:12:61: 分值应为数值类型 (int 或 double), 而表达式的类型是 string\n"
            "        - {id: A2, text: t, points: 2, kind: computed, score: s}\n"
            "                                                              ^\n");
}

TEST(ItemLoader, ReasonsNameOutcomes) {
  EXPECT_EQ(test::rubric_errors(with_items(
                "      - id: A1\n"
                "        text: t\n"
                "        points: 4\n"
                "        kind: assessed\n"
                "        reason: {met: ok, mett: x, unknown: '{m}'}\n")),
            "r.yaml:15:27: 未知的键 'mett' (是否想写 'met'?)\n"
            "          reason: {met: ok, mett: x, unknown: '{m}'}\n"
            "                            ^\n"
            "r.yaml:15:47: 未知的变量 'm' (是否想写 'd'?)\n"
            "          reason: {met: ok, mett: x, unknown: '{m}'}\n"
            "                                                ^\n");
}

}  // namespace
}  // namespace shifan
