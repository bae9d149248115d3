#include "output_guard.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <sstream>

#include "batch_test_support.h"
#include "shifan/diagnostic.h"

namespace shifan::detail {
namespace {

using shifan::testing::TempDir;

std::string refusal(const std::string& output, const std::string& rubric, std::vector<StationFile> files) {
  try {
    guard_output(output, rubric, files);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(OutputGuard, RefusesAnInputThroughAnyPathOrLink) {
  TempDir dir;
  std::string station = dir.write("caicun.yaml", "version: 1\n");
  ASSERT_EQ(::symlink(station.c_str(), (dir.path() + "/link.yaml").c_str()), 0);
  std::string other_path = dir.path() + "/./sub/../caicun.yaml";
  dir.write("sub/x", "");
  EXPECT_EQ(refusal(station, "", {{station}}),
            "-o '" + station + "' 就是输入文件 '" + station + "': 不会覆盖它, 请另选输出文件");
  EXPECT_NE(refusal(dir.path() + "/link.yaml", "", {{station}}), "");
  EXPECT_NE(refusal(other_path, "", {{dir.path() + "/link.yaml"}}), "");
  EXPECT_NE(refusal(station, "", {{station, true}}), "") << "a station found in a folder";
}

TEST(OutputGuard, RefusesTheRubric) {
  TempDir dir;
  std::string rubric = dir.write("r.yaml", "rubric: {}\n");
  EXPECT_EQ(refusal(rubric, rubric, {}), "-o '" + rubric + "' 就是细则文件 '" + rubric + "': 不会覆盖它, 请另选输出文件");
}

TEST(OutputGuard, DropsAnEarlierResultFoundInTheScoredFolder) {
  TempDir dir;
  std::string result = dir.write("结果.json", "{\"file\":\"a.yaml\",\"verdict\":\"eligible\"}\n");
  std::string station = dir.write("a.yaml", "version: 1\n");
  std::vector<StationFile> files = {{station, true}, {result, true}};
  guard_output(result, "", files);
  EXPECT_EQ(files, (std::vector<StationFile>{{station, true}}));
  EXPECT_NE(refusal(result, "", {{result, false}}), "") << "named on the command line";
}

TEST(OutputGuard, ANewFileOrStdinIsFine) {
  TempDir dir;
  std::vector<StationFile> files = {{"-"}, {dir.path() + "/missing.yaml"}};
  EXPECT_NO_THROW(guard_output(dir.path() + "/new.json", "", files));
  EXPECT_NO_THROW(guard_output("", "", files));
  EXPECT_EQ(files.size(), 2u);
}

}  // namespace
}  // namespace shifan::detail
