#include "batch.h"

#include <gtest/gtest.h>

#include <sstream>

#include "atomic_file.h"
#include "batch_test_support.h"
#include "shifan/cli.h"

namespace shifan::detail {
namespace {

using shifan::testing::anhui_rubric;
using shifan::testing::TempDir;

const std::string k_batch = SHIFAN_SOURCE_DIR "/tests/data/batch";

BatchOptions options(const std::vector<std::string>& arguments, std::vector<Assignment> what_if = {},
                     SortKey sort = SortKey::input) {
  std::ostringstream notes;
  return BatchOptions{expand_arguments(arguments, notes), std::move(what_if), sort, {}, 1};
}

// Remembers what it was given.
class Recorder : public ReportWriter {
 public:
  bool collects() const override { return true; }
  void station(const ScoreResult& result, const std::vector<WhatIfChange>& what_if) override {
    names.push_back(result.station->name);
    changes += what_if.size();
  }
  void invalid(const SummaryRow& row) override { names.push_back("invalid " + row.file); }
  void finish(const std::vector<SummaryRow>& rows, const Tally&) override {
    for (const SummaryRow& row : rows) {
      summary.push_back(row.valid ? row.name : row.file.substr(k_batch.size() + 1));
    }
  }
  std::vector<std::string> names;
  std::vector<std::string> summary;
  std::size_t changes = 0;
};

TEST(Batch, ScoresADirectoryAndCountsTheInvalidFile) {
  Recorder recorder;
  std::ostringstream err;
  BatchOptions batch{expand_arguments({k_batch}, err), {}, SortKey::input, {}};
  Tally tally = run_batch(batch, anhui_rubric(), recorder, err);
  EXPECT_EQ(recorder.names, (std::vector<std::string>{"invalid " + k_batch + "/broken.yaml", "昌桥司法所",
                                                     "汀溪司法所", "云岭司法所"}));
  EXPECT_EQ(recorder.summary, (std::vector<std::string>{"broken.yaml", "昌桥司法所", "汀溪司法所", "云岭司法所"}));
  EXPECT_EQ(count_line(tally), "共 4 个文件: 评分 3 个 (符合 1, 不符合 1, 待定 1), 无效 1 个");
  EXPECT_EQ(tally.exit_code(), k_exit_input_error);
  EXPECT_NE(err.str().find("broken.yaml:9:3: 未知的键 'disputes_resolvd'"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("sub/loop' (符号链接循环或重复链接)"), std::string::npos) << err.str();
}

// A streaming writer: each station's text is made by station_text (on a
// worker thread with jobs > 1) and written in input order.
class TextRecorder : public ReportWriter {
 public:
  std::optional<std::string> station_text(const ScoreResult& result,
                                          const std::vector<WhatIfChange>& what_if) const override {
    return result.station->name + " " + std::to_string(what_if.size());
  }
  void write_station(std::string_view text) override { texts.emplace_back(text); }
  void invalid(const SummaryRow& row) override { texts.push_back("invalid " + row.file); }
  void finish(const std::vector<SummaryRow>& rows, const Tally&) override { summary_rows = rows.size(); }
  std::vector<std::string> texts;
  std::size_t summary_rows = 0;
};

TEST(Batch, AStreamingWritersTextsComeInInputOrderForEveryJobs) {
  for (unsigned jobs : {1U, 2U, 4U}) {
    TextRecorder recorder;
    std::ostringstream err;
    BatchOptions batch = options({k_batch});
    batch.jobs = jobs;
    run_batch(batch, anhui_rubric(), recorder, err);
    EXPECT_EQ(recorder.texts, (std::vector<std::string>{"invalid " + k_batch + "/broken.yaml", "昌桥司法所 0",
                                                       "汀溪司法所 0", "云岭司法所 0"}))
        << "jobs " << jobs;
    EXPECT_EQ(recorder.summary_rows, 4u);
  }
}

TEST(Batch, SortsTheSummaryButNotTheReports) {
  Recorder recorder;
  std::ostringstream err;
  run_batch(options({k_batch}, {}, SortKey::total), anhui_rubric(), recorder, err);
  EXPECT_EQ(recorder.names, (std::vector<std::string>{"invalid " + k_batch + "/broken.yaml", "昌桥司法所",
                                                     "汀溪司法所", "云岭司法所"}));
  EXPECT_EQ(recorder.summary, (std::vector<std::string>{"云岭司法所", "汀溪司法所", "昌桥司法所", "broken.yaml"}));
}

TEST(Batch, AppliesWhatIfToEveryStation) {
  std::string problem;
  std::optional<Assignment> set =
      parse_assignment("evaluation.satisfaction_percent=96", anhui_rubric(), problem);
  ASSERT_TRUE(set) << problem;
  Recorder recorder;
  std::ostringstream err;
  Tally tally = run_batch(options({SHIFAN_SOURCE_DIR "/examples/changqiao.json", SHIFAN_SOURCE_DIR "/examples/tingxi.yaml"},
                                  {*set}),
                          anhui_rubric(), recorder, err);
  EXPECT_EQ(recorder.changes, 2u);
  EXPECT_EQ(tally.invalid, 0);
  EXPECT_EQ(err.str(), "");
}

TEST(Batch, AWhatIfTypeErrorMakesTheStationInvalid) {
  std::string problem;
  std::optional<Assignment> set = parse_assignment("mediation.disputes_resolved=abc", anhui_rubric(), problem);
  ASSERT_TRUE(set) << problem;
  Recorder recorder;
  std::ostringstream err;
  Tally tally = run_batch(options({SHIFAN_SOURCE_DIR "/examples/yunling.yaml"}, {*set}),
                          anhui_rubric(), recorder, err);
  EXPECT_EQ(tally.invalid, 1);
  EXPECT_EQ(err.str().rfind("--set mediation.disputes_resolved=abc: ", 0), 0u) << err.str();
}

TEST(Batch, SkipsResultsAndRubricsFoundInAFolderWithANote) {
  TempDir dir;
  dir.write("yunling.yaml", read_file(SHIFAN_SOURCE_DIR "/examples/yunling.yaml", 1 << 20));
  dir.write("结果.json", "[\n{\"file\":\"a.yaml\",\"verdict\":\"eligible\"}\n]\n");
  dir.write("rubric.yaml", "rubric: {id: x}\ncategories: []\n");
  dir.write("broken.yaml", "version: [\n");
  Recorder recorder;
  std::ostringstream err;
  Tally tally = run_batch(options({dir.path()}), anhui_rubric(), recorder, err);
  EXPECT_EQ(recorder.names, (std::vector<std::string>{"invalid " + dir.path() + "/broken.yaml", "云岭司法所"}));
  EXPECT_EQ(tally.files(), 2);
  EXPECT_NE(err.str().find("跳过 '" + dir.path() + "/结果.json': shifan 的评分结果, 不是司法所文件\n"),
            std::string::npos)
      << err.str();
  EXPECT_NE(err.str().find("跳过 '" + dir.path() + "/rubric.yaml': 细则文件, 不是司法所文件\n"), std::string::npos)
      << err.str();
}

TEST(Batch, AResultNamedOnTheCommandLineIsReportedInvalid) {
  TempDir dir;
  std::string result = dir.write("结果.json", "{\"file\":\"a.yaml\",\"verdict\":\"eligible\"}\n");
  Recorder recorder;
  std::ostringstream err;
  Tally tally = run_batch(options({result}), anhui_rubric(), recorder, err);
  EXPECT_EQ(tally.invalid, 1);
}

TEST(Batch, NothingLeftToReportIsAnErrorBeforeAnyOutput) {
  TempDir dir;
  dir.write("结果.json", "{\"file\":\"a.yaml\",\"valid\":false,\"problems\":[]}\n");
  dir.write("notes.txt", "x");
  Recorder recorder;
  std::ostringstream err;
  try {
    run_batch(options({dir.path()}), anhui_rubric(), recorder, err);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "没有找到司法所文件 (.yaml .yml .json .xlsx)");
  }
  EXPECT_TRUE(recorder.names.empty());
  EXPECT_TRUE(recorder.summary.empty());
}

// An output error midway (here: the writer throws at the second station)
// leaves the old -o file as it was.
class FailingWriter : public ReportWriter {
 public:
  explicit FailingWriter(std::ostream& out) : m_out(out) {}
  bool collects() const override { return true; }
  void station(const ScoreResult& result, const std::vector<WhatIfChange>&) override {
    if (++m_count == 2) {
      throw Error("写入失败");
    }
    m_out << result.station->name << '\n';
  }
  void finish(const std::vector<SummaryRow>&, const Tally&) override {}

 private:
  std::ostream& m_out;
  int m_count = 0;
};

TEST(Batch, FailingMidwayLeavesTheOldOutputFile) {
  TempDir dir;
  std::string path = dir.write("report.txt", "old report\n");
  std::ostringstream err;
  EXPECT_THROW(write_atomically(path,
                                [&](std::ostream& out) {
                                  FailingWriter writer(out);
                                  run_batch(options({k_batch}), anhui_rubric(), writer, err);
                                }),
               Error);
  EXPECT_EQ(dir.read("report.txt"), "old report\n");
}

}  // namespace
}  // namespace shifan::detail
