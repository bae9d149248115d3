#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "every_kind_fixture.h"
#include "shifan/render.h"

namespace shifan {
namespace {

using testing::EveryKindScored;
using testing::EveryKindStation;

// The JSON report of a station, read back as a document.
class Report {
 public:
  explicit Report(const EveryKindStation& station) : m_text(render_json(EveryKindScored(station).result())) {
    m_document = read_document("report.json", m_text);
    EXPECT_TRUE(m_document.diagnostics.empty()) << m_text;
  }

  const std::string& text() const { return m_text; }
  const Node& root() const { return m_document.root; }

  // The member at a dotted path ("station.name", "items.2.status"), or a
  // node reading "<absent>".
  std::string at(std::string_view path) const {
    const Node* node = &m_document.root;
    while (node != nullptr && !path.empty()) {
      std::size_t dot = path.find('.');
      std::string_view step = path.substr(0, dot);
      if (node->kind == Node::Kind::sequence) {
        std::size_t index = std::stoul(std::string(step));
        node = index < node->items.size() ? &node->items[index] : nullptr;
      } else {
        node = node->find(step);
      }
      path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
    }
    if (node == nullptr) {
      return "<absent>";
    }
    return node->kind == Node::Kind::null ? "null" : node->text;
  }

 private:
  std::string m_text;
  Document m_document;
};

TEST(RenderJson, OneLineWithTheStationRubricTotalsAndVerdict) {
  Report report{EveryKindStation()};
  EXPECT_EQ(report.text().find('\n'), report.text().size() - 1);
  EXPECT_EQ(report.at("file"), "station.yaml");
  EXPECT_EQ(report.at("station.name"), "测试所");
  EXPECT_EQ(report.at("station.county"), "测试县");
  EXPECT_EQ(report.at("station.class"), "一类");
  EXPECT_EQ(report.at("station.assessed_on"), "2024-05-20");
  EXPECT_EQ(report.at("rubric.id"), "every-kind");
  EXPECT_EQ(report.at("rubric.title"), "各类评分项测试细则");
  EXPECT_EQ(report.at("pass_mark"), "10");
  EXPECT_EQ(report.at("total"), "12");
  EXPECT_EQ(report.at("total_low"), "12");
  EXPECT_EQ(report.at("total_high"), "12");
  EXPECT_EQ(report.at("verdict"), "eligible");
  EXPECT_EQ(report.at("grade"), "优秀");
  EXPECT_EQ(report.at("categories.1.id"), "B");
  EXPECT_EQ(report.at("categories.1.title"), "乙类");
  EXPECT_EQ(report.at("categories.1.points"), "7");
  EXPECT_EQ(report.at("categories.1.score"), "7");
  EXPECT_EQ(report.at("categories.1.score_high"), "7");
  EXPECT_EQ(report.root().find("discrepancies")->items.size(), 0u);
}

TEST(RenderJson, EveryItemWithItsKindAndStatus) {
  Report report{EveryKindStation().set("exempt", "true")};
  const std::vector<std::string> kinds = {"assessed", "computed", "computed", "gated", "tiers", "parts", "computed"};
  ASSERT_EQ(report.root().find("items")->items.size(), kinds.size());
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    EXPECT_EQ(report.at("items." + std::to_string(i) + ".kind"), kinds[i]) << i;
  }
  EXPECT_EQ(report.at("items.1.id"), "K2");
  EXPECT_EQ(report.at("items.1.category"), "A");
  EXPECT_EQ(report.at("items.1.short"), "条件项");
  EXPECT_EQ(report.at("items.1.points"), "2");
  EXPECT_EQ(report.at("items.1.score"), "2");
  EXPECT_EQ(report.at("items.1.status"), "met");
  EXPECT_EQ(report.at("items.1.reason"), "人员已到位");
  EXPECT_EQ(report.at("items.1.score_low"), "<absent>");
  EXPECT_EQ(report.at("items.1.missing"), "<absent>");
  EXPECT_EQ(report.at("items.6.status"), "not_applicable");
  EXPECT_EQ(report.at("items.6.score"), "0.5");
}

TEST(RenderJson, AnUnknownItemHasANullScoreItsBoundsAndWhatIsMissing) {
  Report report{EveryKindStation().set("rooms", "").set("part_two", "false")};
  EXPECT_EQ(report.at("items.2.status"), "unknown");
  EXPECT_EQ(report.at("items.2.score"), "null");
  EXPECT_EQ(report.at("items.2.score_low"), "0");
  EXPECT_EQ(report.at("items.2.score_high"), "2");
  EXPECT_EQ(report.at("items.2.missing.0"), "rooms");
  EXPECT_EQ(report.at("items.5.status"), "partial");
  EXPECT_EQ(report.at("items.5.score"), "1.5");
  EXPECT_EQ(report.at("total"), "9.5");
  EXPECT_EQ(report.at("total_high"), "11.5");
  EXPECT_EQ(report.at("categories.0.score"), "3");
  EXPECT_EQ(report.at("categories.0.score_high"), "5");
  EXPECT_EQ(report.at("verdict"), "undetermined");
  EXPECT_EQ(report.at("grade"), "合格");
}

TEST(RenderJson, VetoesAndDiscrepancies) {
  Report report{EveryKindStation().set("banned", "true").set("scores", "{K1: 1, K2: 1, K4: 2}")};
  EXPECT_EQ(report.at("vetoes.0.id"), "V1");
  EXPECT_EQ(report.at("vetoes.0.text"), "有违规");
  EXPECT_EQ(report.at("vetoes.0.status"), "triggered");
  EXPECT_EQ(report.at("vetoes.0.reason"), "查实违规");
  EXPECT_EQ(report.at("verdict"), "not_eligible");
  EXPECT_EQ(report.at("grade"), "null");
  EXPECT_EQ(report.at("discrepancies.0.item"), "K2");
  EXPECT_EQ(report.at("discrepancies.0.claimed"), "1");
  EXPECT_EQ(report.at("discrepancies.0.computed"), "2");
  Report unknown{EveryKindStation().set("banned", "")};
  EXPECT_EQ(unknown.at("vetoes.0.status"), "unknown");
  EXPECT_EQ(unknown.at("vetoes.0.missing.0"), "banned");
}

TEST(RenderJson, AbsentStationDetailsAreNull) {
  Report report{EveryKindStation().set("station", "{name: 测试所, assessed_on: 2024-05-20}")};
  EXPECT_EQ(report.at("station.county"), "null");
  EXPECT_EQ(report.at("station.class"), "null");
}

}  // namespace
}  // namespace shifan
