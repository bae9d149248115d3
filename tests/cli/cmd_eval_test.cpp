#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "shifan/cli.h"

namespace shifan {
namespace {

struct Outcome {
  int code;
  std::string out;
  std::string err;
};

Outcome eval(std::vector<const char*> args) {
  args.insert(args.begin(), {"shifan", "eval"});
  ::testing::internal::CaptureStdout();
  ::testing::internal::CaptureStderr();
  int code = run(static_cast<int>(args.size()), args.data());
  std::string out = ::testing::internal::GetCapturedStdout();
  return Outcome{code, out, ::testing::internal::GetCapturedStderr()};
}

TEST(CmdEval, PrintsTheValue) {
  Outcome o = eval({"[1, 2u, 3.0, 'a']"});
  EXPECT_EQ(o.code, 0);
  EXPECT_EQ(o.out, "[1, 2u, 3.0, \"a\"]\n");
}

TEST(CmdEval, DoubleDashAllowsLeadingMinus) {
  Outcome o = eval({"--", "-(4.5)"});
  EXPECT_EQ(o.code, 0);
  EXPECT_EQ(o.out, "-4.5\n");
}

TEST(CmdEval, EvaluationErrorExitsOne) {
  Outcome o = eval({"1 / 0"});
  EXPECT_EQ(o.code, 1);
  EXPECT_EQ(o.err, "error: 除数为零\n");
}

TEST(CmdEval, CompileErrorExitsTwoWithCaret) {
  Outcome o = eval({"1 +"});
  EXPECT_EQ(o.code, 2);
  EXPECT_EQ(o.err, "<expr>:1:4: 表达式不完整, 缺少 表达式\n  1 +\n     ^\n");
}

TEST(CmdEval, ReadsFacts) {
  Outcome o = eval({"staff.filter(s, s.full_time).size()", "--facts",
                    SHIFAN_SOURCE_DIR "/tests/data/eval-facts.yaml"});
  EXPECT_EQ(o.code, 0);
  EXPECT_EQ(o.out, "2\n");
}

TEST(CmdEval, FactsProblemsExitTwo) {
  Outcome o = eval({"1", "--facts", SHIFAN_SOURCE_DIR "/tests/data/eval-facts-bad.json"});
  EXPECT_EQ(o.code, 2);
  EXPECT_NE(o.err.find("eval-facts-bad.json:2:1:"), std::string::npos);
}

}  // namespace
}  // namespace shifan
