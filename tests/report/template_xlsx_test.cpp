#include "template_xlsx.h"

#include <gtest/gtest.h>

#include "shifan/station.h"
#include "workbook.h"

namespace shifan::detail {
namespace {

const Rubric& anhui() {
  static const Rubric rubric = *load_default_rubric().rubric;
  return rubric;
}

TEST(TemplateXlsx, TheEmptyTemplateIsAValidStationFile) {
  std::string bytes = template_xlsx(anhui(), TemplateOptions{"二类", "2024-05-20"});
  Workbook workbook = read_workbook("t.xlsx", bytes);
  ASSERT_TRUE(workbook.diagnostics.empty());
  EXPECT_EQ(workbook.sheets.front().name, "填写说明");
  EXPECT_EQ(workbook.sheets[1].name, "事实");
  EXPECT_EQ(workbook.sheets.back().name, "自评得分");
  LoadedStation loaded = load_station(read_station_document("t.xlsx", bytes, anhui()), anhui());
  ASSERT_TRUE(loaded.diagnostics.empty()) << format_diagnostic(loaded.diagnostics.front());
  EXPECT_EQ(loaded.station->station_class, "二类");
  EXPECT_EQ(loaded.station->assessed_on, "2024-05-20");
  EXPECT_EQ(loaded.station->name, "待填写");
}

TEST(TemplateXlsx, FilledFromAStationFileItHoldsTheSameFacts) {
  std::string yaml = read_file(SHIFAN_SOURCE_DIR "/examples/tingxi.yaml", 1 << 20);
  Document document = read_document("tingxi.yaml", yaml);
  std::string bytes = template_xlsx(anhui(), TemplateOptions{"", "2024-05-20"}, &document.root);
  LoadedStation from_workbook = load_station(read_station_document("t.xlsx", bytes, anhui()), anhui());
  LoadedStation from_yaml = load_station(document, anhui());
  ASSERT_TRUE(from_workbook.station);
  ASSERT_TRUE(from_yaml.station);
  for (std::size_t i = 0; i < from_yaml.station->facts.size(); ++i) {
    EXPECT_EQ(to_literal(from_workbook.station->facts[i].second), to_literal(from_yaml.station->facts[i].second))
        << from_yaml.station->facts[i].first;
  }
}

}  // namespace
}  // namespace shifan::detail
