#include "other_files.h"

#include <gtest/gtest.h>

#include "batch_test_support.h"

namespace shifan::detail {
namespace {

using shifan::testing::TempDir;

TEST(OtherFiles, KnowsResultJsonAsRenderJsonWritesIt) {
  EXPECT_TRUE(is_result_json(R"({"file":"a.yaml","station":{},"verdict":"eligible"})"));
  EXPECT_TRUE(is_result_json("\xEF\xBB\xBF [\n{\"file\":\"a.yaml\",\"valid\":false,\"problems\":[]}\n]\n"));
  EXPECT_TRUE(is_result_json("{\n  \"file\" : \"a.yaml\",\n  \"verdict\": \"eligible\"\n}"));
  EXPECT_FALSE(is_result_json(R"({"version":1,"station":{"name":"云岭司法所"}})"));
  EXPECT_FALSE(is_result_json(R"({"file":"a.yaml"})"));
  EXPECT_FALSE(is_result_json("file: a.yaml\nverdict: eligible\n"));
  EXPECT_FALSE(is_result_json(""));
}

TEST(OtherFiles, NamesResultsAndRubricsButNotStations) {
  TempDir dir;
  EXPECT_EQ(other_file_kind(dir.write("r.json", "{\"file\":\"a\",\"verdict\":\"eligible\"}\n{\"file\":\"b\",\"valid\":false}\n")),
            "shifan 的评分结果");
  EXPECT_EQ(other_file_kind(dir.write("rubric.yaml", "rubric: {id: x}\ncategories:\n  - id: A\n")), "细则文件");
  EXPECT_EQ(other_file_kind(SHIFAN_SOURCE_DIR "/rubric/anhui-2024.yaml"), "细则文件");
  EXPECT_EQ(other_file_kind(SHIFAN_SOURCE_DIR "/examples/other-rubric/xinan.yaml"), std::nullopt);
  EXPECT_EQ(other_file_kind(dir.write("broken.yaml", "version: [\n")), std::nullopt);
  EXPECT_EQ(other_file_kind(dir.path() + "/missing.yaml"), std::nullopt);
}

}  // namespace
}  // namespace shifan::detail
