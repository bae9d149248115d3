#include <gtest/gtest.h>

#include "shifan/station.h"

namespace shifan {
namespace {

const Rubric& anhui() {
  static const Rubric rubric = *load_default_rubric().rubric;
  return rubric;
}

TEST(WorkbookStation, AWorkbookLibreOfficeSavedLoadsLikeItsYaml) {
  std::string bytes = read_file(SHIFAN_SOURCE_DIR "/tests/data/huangcun-libreoffice.xlsx", 1 << 20);
  Document document = read_station_document("黄村.xlsx", bytes, anhui());
  ASSERT_TRUE(document.diagnostics.empty());
  LoadedStation loaded = load_station(document, anhui());
  ASSERT_TRUE(loaded.diagnostics.empty());
  std::string yaml = read_file(SHIFAN_SOURCE_DIR "/examples/huangcun.yaml", 1 << 20);
  LoadedStation expected = load_station(read_station_document("huangcun.yaml", yaml, anhui()), anhui());
  ASSERT_TRUE(expected.station);
  EXPECT_EQ(loaded.station->name, "黄村司法所");
  EXPECT_EQ(loaded.station->assessed_on, "2024-05-20");
  ASSERT_EQ(loaded.station->facts.size(), expected.station->facts.size());
  for (std::size_t i = 0; i < expected.station->facts.size(); ++i) {
    EXPECT_EQ(to_literal(loaded.station->facts[i].second), to_literal(expected.station->facts[i].second))
        << expected.station->facts[i].first;
  }
  EXPECT_EQ(loaded.station->scores.size(), expected.station->scores.size());
}

TEST(WorkbookStation, OtherBytesAreReadAsYamlOrJson) {
  Document document = read_station_document("a.yaml", "version: 1\n", anhui());
  EXPECT_FALSE(document.source->is_workbook());
  EXPECT_EQ(document.root.find("version")->text, "1");
}

TEST(WorkbookStation, AHostileWorkbookIsAnIncompleteDocument) {
  Document document = read_station_document("a.xlsx", "PK\x03\x04garbage", anhui());
  EXPECT_FALSE(document.complete);
  ASSERT_EQ(document.diagnostics.size(), 1u);
}

}  // namespace
}  // namespace shifan
