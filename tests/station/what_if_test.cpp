#include "what_if.h"

#include <gtest/gtest.h>

#include "batch_test_support.h"

namespace shifan::detail {
namespace {

Assignment assignment(const std::string& text) {
  std::string problem;
  std::optional<Assignment> a = parse_assignment(text, shifan::testing::anhui_rubric(), problem);
  EXPECT_TRUE(a) << problem;
  return a ? *a : Assignment{};
}

const char* const k_station =
    "version: 1\n"
    "mediation:\n"
    "  disputes: 186\n"
    "  disputes_resolved: 184\n"
    "evaluation:\n"
    "staff:\n"
    "  - {name: 甲, full_time: true}\n";

TEST(WhatIf, ReplacesAValueAndRemembersTheOldOne) {
  Document document = read_document("s.yaml", k_station);
  Diagnostics problems;
  std::vector<WhatIfChange> changes =
      apply_what_if(document.root, {assignment("mediation.disputes_resolved=185")}, problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].was, "184");
  EXPECT_EQ(document.root.find("mediation")->find("disputes_resolved")->text, "185");
  EXPECT_EQ(what_if_line(changes[0], shifan::testing::anhui_rubric(), nullptr),
            "假设: mediation.disputes_resolved (调解成功数 (评定基准日前 12 个月)) = 185 (原为 184)");
}

TEST(WhatIf, CreatesMissingRecordsAndListEntries) {
  Document document = read_document("s.yaml", k_station);
  Diagnostics problems;
  std::vector<WhatIfChange> changes = apply_what_if(
      document.root,
      {assignment("evaluation.satisfaction_percent=95"), assignment("staff[1].name=乙"),
       assignment("facilities.office_area_m2=200"), assignment("staff[0].full_time=false")},
      problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(changes.size(), 4u);
  EXPECT_FALSE(changes[0].was);
  EXPECT_EQ(what_if_line(changes[0], shifan::testing::anhui_rubric(), nullptr),
            "假设: evaluation.satisfaction_percent (群众满意度(%)) = 95 (原未填写)");
  FactValues facts = {{"staff", Value::list({Value::map({{Value::string("name"), Value::string("甲")}})})}};
  EXPECT_EQ(what_if_line(changes[3], shifan::testing::anhui_rubric(), &facts),
            "假设: staff[0].full_time (第 1 名工作人员 甲 的 专职) = false (原为 true)");
  EXPECT_EQ(document.root.find("evaluation")->find("satisfaction_percent")->text, "95");
  ASSERT_EQ(document.root.find("staff")->items.size(), 2u);
  EXPECT_EQ(document.root.find("staff")->items[1].find("name")->text, "乙");
  EXPECT_EQ(document.root.find("facilities")->find("office_area_m2")->text, "200");
  EXPECT_EQ(changes[3].was, "true");
}

TEST(WhatIf, ShowsAnOldListOrRecordAsFlowText) {
  Document document = read_document("s.yaml", k_station);
  Diagnostics problems;
  std::vector<WhatIfChange> changes = apply_what_if(document.root, {assignment("staff=[]")}, problems);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].was, "[{name: 甲, full_time: true}]");
}

TEST(WhatIf, ReportsWhatTheTreeCannotTake) {
  Document document = read_document("s.yaml", "version: 1\nmediation: 5\nstaff: [{name: 甲}]\n");
  Diagnostics problems;
  std::vector<WhatIfChange> changes = apply_what_if(
      document.root, {assignment("staff[3].name=丙"), assignment("mediation.disputes=1")}, problems);
  EXPECT_TRUE(changes.empty());
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(format_diagnostic(problems[0]), "--set staff[3].name=丙: 'staff' 只有 1 项, 只能设置到 [1]");
  EXPECT_EQ(format_diagnostic(problems[1]), "--set mediation.disputes=1: 'mediation' 不是映射");
}

TEST(WhatIf, ValidatesTheValueAsIfItWereInTheFile) {
  std::string yunling = read_file(SHIFAN_SOURCE_DIR "/examples/yunling.yaml", 1 << 20);
  Document document = read_document("yunling.yaml", yunling);
  std::vector<Assignment> assignments = {assignment("mediation.disputes_resolved=abc")};
  Diagnostics problems;
  apply_what_if(document.root, assignments, problems);
  LoadedStation loaded = load_station(document, shifan::testing::anhui_rubric());
  attribute_what_if(loaded.diagnostics, assignments);
  ASSERT_EQ(loaded.diagnostics.size(), 1u);
  EXPECT_EQ(format_diagnostic(loaded.diagnostics[0]).rfind("--set mediation.disputes_resolved=abc: ", 0), 0u)
      << format_diagnostic(loaded.diagnostics[0]);
}

}  // namespace
}  // namespace shifan::detail
