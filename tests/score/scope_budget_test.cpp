// One evaluation step budget per station (src/score/scope.cpp): a rubric
// whose rules each exhaust it spends it once, not once per rule.
#include <gtest/gtest.h>

#include "shifan/document.h"
#include "shifan/rubric.h"
#include "shifan/score.h"
#include "shifan/station.h"

namespace shifan {
namespace {

// 10^8 iterations: more than one budget (k_max_evaluation_steps).
constexpr const char* k_exhausting =
    "n.all(a, n.all(b, n.all(c, n.all(d, n.all(e, n.all(f, n.all(g, n.all(h, true))))))))";

std::string hostile_rubric(int exhausting_items) {
  std::string text =
      "rubric: {id: hostile, title: 步数, total: 20, assessed_on: station.assessed_on,\n"
      "         grades: [{name: 合格, min: 1}]}\n"
      "facts:\n"
      "  station:\n"
      "    type: record\n"
      "    required: true\n"
      "    fields:\n"
      "      name: {type: string, required: true}\n"
      "      assessed_on: {type: date, required: true}\n"
      "constants:\n"
      "  n: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n"
      "categories:\n"
      "  - id: A\n"
      "    title: 步数\n"
      "    points: 20\n"
      "    items:\n"
      "      - {id: A0, text: 先算, points: 1, kind: computed, when: size(n) == 10}\n";
  for (int i = 1; i <= exhausting_items; ++i) {
    text += "      - {id: A" + std::to_string(i) + ", text: 耗尽, points: 1, kind: computed, when: '" +
            k_exhausting + "'}\n";
  }
  text += "      - {id: A" + std::to_string(exhausting_items + 1) +
          ", text: 后算, points: " + std::to_string(20 - exhausting_items - 1) +
          ", kind: computed, when: size(n) == 10}\n";
  return text;
}

Station station_for(const Rubric& rubric) {
  LoadedStation loaded = load_station(
      read_document("s.yaml", "version: 1\nstation: {name: 甲所, assessed_on: 2024-05-20}\n"), rubric);
  EXPECT_TRUE(loaded.diagnostics.empty()) << loaded.diagnostics.at(0).message;
  return *loaded.station;
}

TEST(ScopeBudget, OneBudgetForEveryRuleOfAStation) {
  LoadedRubric loaded = load_rubric(read_document("r.yaml", hostile_rubric(10)));
  ASSERT_TRUE(loaded.rubric) << loaded.diagnostics.at(0).message;
  const Rubric& rubric = *loaded.rubric;
  Station station = station_for(rubric);
  for (int run = 0; run < 2; ++run) {  // the next station gets a budget of its own
    ScoreResult result = score(rubric, station);
    ASSERT_EQ(result.items.size(), 12u);
    EXPECT_EQ(result.items[0].status, ItemStatus::met);
    EXPECT_EQ(result.items[0].error, "");
    // The first exhausting rule spends the budget; every rule after it,
    // exhausting or not, is then an error without evaluating anything.
    for (std::size_t i = 1; i < result.items.size(); ++i) {
      EXPECT_EQ(result.items[i].error, "求值步数超出上限 (10000000 步)") << "A" << i;
    }
  }
}

}  // namespace
}  // namespace shifan
