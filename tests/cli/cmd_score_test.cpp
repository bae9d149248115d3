#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "batch_test_support.h"
#include "shifan/cli.h"

namespace shifan {
namespace {

using shifan::testing::TempDir;

struct Outcome {
  int code;
  std::string out;
  std::string err;
};

Outcome score_cli(std::vector<std::string> args) {
  args.insert(args.begin(), {"shifan", "score"});
  std::vector<const char*> argv;
  for (const std::string& arg : args) {
    argv.push_back(arg.c_str());
  }
  ::testing::internal::CaptureStdout();
  ::testing::internal::CaptureStderr();
  int code = 0;
  try {
    code = run(static_cast<int>(argv.size()), argv.data());
  } catch (...) {
    ::testing::internal::GetCapturedStdout();
    ::testing::internal::GetCapturedStderr();
    throw;
  }
  std::string out = ::testing::internal::GetCapturedStdout();
  return Outcome{code, out, ::testing::internal::GetCapturedStderr()};
}

const std::string k_examples = SHIFAN_SOURCE_DIR "/examples/";

TEST(CmdScore, OutputFileHoldsTheWholeReport) {
  TempDir dir;
  std::string path = dir.write("report.csv", "old\n");
  Outcome o = score_cli({k_examples + "yunling.yaml", k_examples + "tingxi.yaml", "--format", "csv", "--no-bom",
                         "-o", path});
  EXPECT_EQ(o.code, k_exit_failed);
  EXPECT_EQ(o.out, "");
  // yunling's extra room and device are warnings: printed, scored all the same.
  EXPECT_EQ(o.err.find(k_examples + "yunling.yaml:19:66: 警告: '会议室' 不是细则列出的职能办公室"), 0u) << o.err;
  EXPECT_TRUE(o.err.ends_with("\n共 2 个文件: 评分 2 个 (符合 1, 不符合 1, 待定 0)\n")) << o.err;
  std::string csv = dir.read("report.csv");
  EXPECT_EQ(csv.rfind("file,name,county,class,", 0), 0u) << csv;
  EXPECT_NE(csv.find("云岭司法所"), std::string::npos);
  EXPECT_NE(csv.find("汀溪司法所"), std::string::npos);
}

TEST(CmdScore, UnwritableOutputIsAnErrorAndWritesNothing) {
  TempDir dir;
  EXPECT_THROW(score_cli({k_examples + "yunling.yaml", "-o", dir.path() + "/no/such/dir/r.txt"}), Error);
}

TEST(CmdScore, UnreadableDirectoryMidwayLeavesTheOldOutputFile) {
  if (::geteuid() == 0) {
    GTEST_SKIP() << "root reads every directory (tests/cli/batch_test.cpp covers an output error midway)";
  }
  TempDir dir;
  std::string path = dir.write("report.txt", "old\n");
  dir.write("locked/a.yaml", "x");
  std::filesystem::permissions(dir.path() + "/locked", std::filesystem::perms::none);
  EXPECT_THROW(score_cli({k_examples + "yunling.yaml", dir.path() + "/locked", "-o", path}), Error);
  EXPECT_EQ(dir.read("report.txt"), "old\n");
}

TEST(CmdScore, BadSetIsReportedBeforeScoring) {
  Outcome o = score_cli({k_examples + "yunling.yaml", "--set", "mediation.disputes_resolvd=1", "--set", "x"});
  EXPECT_EQ(o.code, k_exit_input_error);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err,
            "--set mediation.disputes_resolvd=1: 未知的事实 'mediation.disputes_resolvd' (是否想写 "
            "'disputes_resolved'?)\n--set x: 应为 路径=值, 例如 mediation.disputes_resolved=206\n");
}

}  // namespace
}  // namespace shifan
