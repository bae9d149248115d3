#include "rubric_table.h"

#include <gtest/gtest.h>

#include "anhui_fixture.h"

namespace shifan::detail {
namespace {

TEST(RubricTable, TextHasEveryItemAndVeto) {
  std::string text = rubric_text(shifan::testing::anhui_rubric());
  EXPECT_NE(text.find("满分 100, 申报线 95 (可申报省示范司法所 ≥ 95)\n"), std::string::npos);
  EXPECT_NE(text.find("\n  B12   信息核查与衔接      2     评分\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\n  V6    工作人员近2年受到党纪、政纪处分或刑事处罚\n"), std::string::npos);
}

TEST(RubricTable, JsonShape) {
  std::string json = rubric_json(shifan::testing::anhui_rubric());
  EXPECT_EQ(json.rfind("{\"id\":\"anhui-2024\",\"title\":\"省示范司法所评定实施细则\",\"total\":100,\"pass_mark\":95,"
                       "\"grades\":[{\"name\":\"可申报省示范司法所\",\"min\":95}],\"categories\":[{\"id\":\"A\",\"title\":\"队伍建设好\","
                       "\"points\":30,\"items\":[{\"id\":\"A1\",\"short\":\"党建引领\",",
                       0),
            0u);
  EXPECT_NE(json.find("{\"id\":\"E3\",\"short\":\"上级表彰表扬\""), std::string::npos);
  EXPECT_NE(json.find("\"points\":3,\"kind\":\"parts\",\"note\":"), std::string::npos);
  EXPECT_NE(json.find("\"vetoes\":[{\"id\":\"V1\",\"text\":\"未落实“人财物”垂直管理\"}"), std::string::npos);
  EXPECT_EQ(json.back(), '\n');
}

TEST(RubricTable, IdsOneALineItemsThenVetoes) {
  std::string ids = rubric_ids(shifan::testing::anhui_rubric());
  EXPECT_EQ(ids.rfind("A1\nA2\n", 0), 0u);
  EXPECT_NE(ids.find("\nE6\nV1\n"), std::string::npos);
  EXPECT_EQ(ids.size() - ids.rfind("V6\n"), 3u);
}

TEST(RubricTable, MarkdownTables) {
  std::string markdown = rubric_markdown(shifan::testing::anhui_rubric());
  EXPECT_NE(markdown.find("\n## D 基础保障好 (15 分)\n\n| 编号 | 项目 | 分值 | 类型 | 原文 |\n|---|---|---|---|---|\n"),
            std::string::npos);
  EXPECT_NE(markdown.find("\n| E1 | 县内考评前三 | 3 | 按事实计算 | "), std::string::npos);
  EXPECT_NE(markdown.find("\n## 一票否决\n"), std::string::npos);
}

TEST(RubricTable, NotesUnderEachTableAndInJson) {
  std::string markdown = rubric_markdown(shifan::testing::anhui_rubric());
  EXPECT_NE(markdown.find(" |\n\n解读:\n\n- **A4**: "), std::string::npos);
  EXPECT_NE(markdown.find("\n- **B6**: 门槛: 年度调解纠纷成功率 ≥ 98%"), std::string::npos);
  EXPECT_EQ(markdown.find("- **A1**:"), std::string::npos);  // A1 has no note
  EXPECT_NE(markdown.find("\n- **V2**: "), std::string::npos);
  std::string json = rubric_json(shifan::testing::anhui_rubric());
  EXPECT_NE(json.find("\"kind\":\"gated\",\"note\":\"门槛: 专职调解员"), std::string::npos);
  EXPECT_NE(json.find("\"kind\":\"assessed\"},{\"id\":\"A2\""), std::string::npos);  // no note: no key
}

}  // namespace
}  // namespace shifan::detail
