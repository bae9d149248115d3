#include "template_writer.h"

#include <gtest/gtest.h>

#include "anhui_fixture.h"

namespace shifan::detail {
namespace {

const TemplateOptions k_options{"", "2024-05-20"};

LoadedStation load(const std::string& name, std::string text) {
  return load_station(read_document(name, std::move(text)), shifan::testing::anhui_rubric());
}

bool has_line(const std::string& text, const std::string& line) {
  return text.find("\n" + line + "\n") != std::string::npos;
}

TEST(TemplateWriter, YamlTemplateIsAValidStationWithEverythingUnknown) {
  LoadedStation loaded = load("t.yaml", template_yaml(shifan::testing::anhui_rubric(), k_options));
  ASSERT_TRUE(loaded.diagnostics.empty()) << format_diagnostic(loaded.diagnostics.front());
  ScoreResult result = score(shifan::testing::anhui_rubric(), *loaded.station);
  EXPECT_EQ(result.verdict, Verdict::undetermined);
  EXPECT_EQ(loaded.station->assessed_on, "2024-05-20");
  EXPECT_TRUE(loaded.station->scores.empty());
}

TEST(TemplateWriter, JsonTemplateIsAValidStation) {
  LoadedStation loaded = load("t.json", template_json(shifan::testing::anhui_rubric(), {"三类", "2024-01-31"}));
  ASSERT_TRUE(loaded.diagnostics.empty()) << format_diagnostic(loaded.diagnostics.front());
  EXPECT_EQ(loaded.station->station_class, "三类");
}

TEST(TemplateWriter, ClassOptionFillsStationClass) {
  std::string yaml = template_yaml(shifan::testing::anhui_rubric(), {"二类", "2024-05-20"});
  EXPECT_NE(yaml.find("\n  class: 二类 "), std::string::npos);
  EXPECT_EQ(yaml.find("未指定 --class"), std::string::npos);
}

TEST(TemplateWriter, CommentsCarryLabelValuesAndReaders) {
  std::string yaml = template_yaml(shifan::testing::anhui_rubric(), k_options);
  EXPECT_TRUE(has_line(yaml, "  villages:                  # 辖区村(社区)数: 整数, ≥ 0; 用于 B4")) << yaml;
}

TEST(TemplateWriter, ListEntriesAreCommentedExamples) {
  std::string yaml = template_yaml(shifan::testing::anhui_rubric(), k_options);
  EXPECT_NE(yaml.find("\n  # - name:"), std::string::npos);
  EXPECT_NE(yaml.find("\n  #     - date:"), std::string::npos);  // a training inside a staff entry
  EXPECT_NE(yaml.find("\n  #       days:"), std::string::npos);
}

TEST(TemplateWriter, ScoresListAssessedAndGatedItemsOnly) {
  std::string yaml = template_yaml(shifan::testing::anhui_rubric(), k_options);
  EXPECT_NE(yaml.find("\n  A5:"), std::string::npos);   // gated
  EXPECT_NE(yaml.find("\n  A1:"), std::string::npos);   // assessed
  EXPECT_EQ(yaml.find("\n  A6:"), std::string::npos);   // computed
  std::string json = template_json(shifan::testing::anhui_rubric(), k_options);
  EXPECT_NE(json.find("\"E5\": null"), std::string::npos);
  EXPECT_EQ(json.find("\"E6\""), std::string::npos);
}

// Uncommented, the staff example is a well-formed entry: the only problems
// are its empty required fields (and a training with neither days nor hours).
TEST(TemplateWriter, UncommentedExampleEntryHasTheRightShape) {
  std::string yaml = template_yaml(shifan::testing::anhui_rubric(), k_options);
  std::size_t from = yaml.find("\nstaff:");
  std::size_t to = yaml.find("\n\n", from);
  std::string uncommented = yaml;
  for (std::size_t at = uncommented.find("\n  # ", from); at < to; at = uncommented.find("\n  # ", at + 1)) {
    uncommented.erase(at + 3, 2);
    to -= 2;
  }
  ASSERT_NE(uncommented.find("\n  - name:"), std::string::npos) << uncommented;
  for (const Diagnostic& diagnostic : load("t.yaml", uncommented).diagnostics) {
    bool empty_field = diagnostic.message.rfind("缺少必填项 staff[0].", 0) == 0 ||
                       diagnostic.message == "业务培训应有 days 或 hours 之一, 都没有";
    EXPECT_TRUE(empty_field) << format_diagnostic(diagnostic);
  }
}

}  // namespace
}  // namespace shifan::detail
