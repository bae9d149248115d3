#include "inputs.h"

#include <gtest/gtest.h>

#include <sstream>

#include "batch_test_support.h"

namespace shifan::detail {
namespace {

using shifan::testing::anhui_rubric;
using shifan::testing::TempDir;
using Strings = std::vector<std::string>;

TEST(Inputs, AFileThatCantBeReadIsItsOneProblem) {
  TempDir dir;
  StationInput missing = read_station_input(dir.path() + "/none.yaml", anhui_rubric());
  EXPECT_FALSE(missing.station);
  EXPECT_EQ(missing.problems, Strings{"无法读取 '" + dir.path() + "/none.yaml': 文件不存在"});
  StationInput directory = read_station_input(dir.path(), anhui_rubric());
  EXPECT_EQ(directory.problems, Strings{"无法读取 '" + dir.path() + "': 这是一个目录"});
}

TEST(Inputs, ValidatesAndAppliesTheWhatIf) {
  std::string problem;
  std::optional<Assignment> assignment =
      parse_assignment("mediation.disputes_resolved=185", anhui_rubric(), problem);
  ASSERT_TRUE(assignment) << problem;
  StationInput input =
      read_station_input(SHIFAN_SOURCE_DIR "/examples/yunling.yaml", anhui_rubric(), {*assignment});
  ASSERT_TRUE(input.station);
  EXPECT_EQ(input.problems, Strings{});
  ASSERT_EQ(input.what_if.size(), 1U);
  EXPECT_EQ(what_if_line(input.what_if[0], anhui_rubric(), &input.station->facts),
            "假设: mediation.disputes_resolved (调解成功数 (评定基准日前 12 个月)) = 185 (原为 184)");
}

TEST(Inputs, LoadStationFilePrintsEveryProblem) {
  TempDir dir;
  std::string path = dir.write("bad.yaml", "version: 1\nstaton: {}\n");
  std::ostringstream err;
  EXPECT_FALSE(load_station_file(path, anhui_rubric(), err));
  EXPECT_NE(err.str().find(path + ":2:1: 未知的键 'staton' (是否想写 'station'?)"), std::string::npos) << err.str();
}

TEST(Inputs, ARubricThatCantBeReadThrows) {
  std::ostringstream err;
  EXPECT_THROW(load_rubric_file("/nonexistent/rubric.yaml", err), Error);
  EXPECT_TRUE(load_rubric_file("", err).has_value());
  EXPECT_EQ(err.str(), "");
}

}  // namespace
}  // namespace shifan::detail
