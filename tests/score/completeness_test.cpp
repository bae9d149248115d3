#include "completeness.h"

#include <gtest/gtest.h>

#include "anhui_fixture.h"

namespace shifan::detail {
namespace {

LoadedStation example(const char* name) {
  std::string path = std::string(SHIFAN_SOURCE_DIR "/examples/") + name;
  return load_station(read_document(name, read_file(path, 1 << 20)), shifan::testing::anhui_rubric());
}

TEST(Completeness, ListsMissingFactsWithTheirItems) {
  LoadedStation loaded = example("changqiao.json");
  ASSERT_TRUE(loaded.station);
  ScoreResult result = score(shifan::testing::anhui_rubric(), *loaded.station);
  std::vector<MissingFact> missing = missing_facts(result);
  ASSERT_EQ(missing.size(), 4u);
  EXPECT_EQ(missing[1].path, "scores.C5");
  EXPECT_EQ(missing[1].ids, std::vector<std::string>{"C5"});
  EXPECT_EQ(describe_incomplete(result),
            "  staff[0].law_background (第 1 名工作人员 徐某某 的 具有法律专业背景) — A8\n"
            "  scores.C5 (C5 评分) — C5\n"
            "  evaluation.county_ranks (工作综合考评县内名次) — E1\n"
            "  evaluation.satisfaction_percent (群众满意度(%)) — E4\n");
}

TEST(Completeness, CompleteStationHasNothingMissing) {
  LoadedStation loaded = example("yunling.yaml");
  ASSERT_TRUE(loaded.station);
  ScoreResult result = score(shifan::testing::anhui_rubric(), *loaded.station);
  EXPECT_TRUE(missing_facts(result).empty());
  EXPECT_EQ(describe_incomplete(result), "");
}

TEST(Completeness, OneFactFeedingSeveralIdsIsListedOnce) {
  LoadedStation loaded = load_station(read_document("s.yaml", "version: 1\nstation: {name: x, class: 一类, assessed_on: 2024-05-20}\n"),
                                      shifan::testing::anhui_rubric());
  ASSERT_TRUE(loaded.station);
  std::vector<MissingFact> missing = missing_facts(score(shifan::testing::anhui_rubric(), *loaded.station));
  auto staff = std::find_if(missing.begin(), missing.end(), [](const MissingFact& f) { return f.path == "staff"; });
  ASSERT_NE(staff, missing.end());
  EXPECT_EQ(std::count_if(missing.begin(), missing.end(), [](const MissingFact& f) { return f.path == "staff"; }), 1);
  EXPECT_GT(staff->ids.size(), 2u);
}

}  // namespace
}  // namespace shifan::detail
