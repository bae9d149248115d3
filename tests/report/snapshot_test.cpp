#include "snapshot.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

constexpr const char* k_result =
    R"({"file":"a.yaml","station":{"name":"黄村司法所"},"total_low":88.5,"total_high":96.5,)"
    R"("verdict":"undetermined","items":[{"id":"C5","short":"台账档案","score":null,"score_low":0,)"
    R"("score_high":3,"status":"unknown","reason":"未给出评分"},{"id":"A1","short":"党建","score":4.5,)"
    R"("status":"partial","reason":"评分 4.5 分"}],"vetoes":[{"id":"V6","text":"处分","status":"clear","reason":"无"}]})";

TEST(Snapshot, ASavedResultReadsBack) {
  Diagnostics diagnostics;
  std::vector<Snapshot> saved = read_saved_results("r.json", k_result, diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(saved.size(), 1U);
  EXPECT_EQ(saved[0].name, "黄村司法所");
  EXPECT_EQ(saved[0].total_high, Decimal::from_hundredths(9650));
  EXPECT_EQ(saved[0].verdict, "undetermined");
  ASSERT_EQ(saved[0].items.size(), 2U);
  EXPECT_EQ(saved[0].items[0].score, "0–3");
  EXPECT_EQ(saved[0].items[1].score, "4.5");
  EXPECT_EQ(saved[0].vetoes[0].text, "处分");
  EXPECT_FALSE(saved[0].has_facts);
}

TEST(Snapshot, JsonLinesAndALineThatIsNoResult) {
  Diagnostics diagnostics;
  std::string text = std::string(k_result) + "\n\n" + k_result + "\n{\"version\": 1}\n";
  std::vector<Snapshot> saved = read_saved_results("r.jsonl", text, diagnostics);
  EXPECT_EQ(saved.size(), 2U);
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics[0].line, 4);
  EXPECT_EQ(diagnostics[0].message, "这一行不是 shifan score --format json 的结果");
}

TEST(Snapshot, ASavedResultIsKnownByItsVerdictAndItems) {
  EXPECT_TRUE(is_saved_result(read_document("r.json", k_result).root));
  EXPECT_FALSE(is_saved_result(read_document("s.yaml", "version: 1\nstation: {name: x}\n").root));
}

}  // namespace
}  // namespace shifan::detail
