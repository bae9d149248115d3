#include "explain.h"

#include <gtest/gtest.h>

#include "anhui_fixture.h"

namespace shifan::detail {
namespace {

TEST(Explain, UnknownIdIsNullopt) {
  EXPECT_FALSE(explain(shifan::testing::anhui_rubric(), "A66", nullptr));
}

TEST(Explain, IdsAreItemsThenVetoes) {
  std::vector<std::string> ids = explainable_ids(shifan::testing::anhui_rubric());
  EXPECT_EQ(ids.front(), "A1");
  EXPECT_EQ(ids.back(), "V6");
}

TEST(Explain, ItemShowsRulesLetsFactsAndNote) {
  std::string text = *explain(shifan::testing::anhui_rubric(), "A6", nullptr);
  EXPECT_EQ(text.rfind("A6 专职人员配备 (A 队伍建设好, 4 分, 按事实计算)\n原文: 一类司法所", 0), 0u);
  EXPECT_NE(text.find("\n  when: full_time_count >= required_full_time\n"
                      "  let full_time_count = staff.filter(s, s.full_time).size()\n"
                      "  let required_full_time = staff_minimum[station.class]\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\n读取的事实:\n  staff.full_time (专职)\n  station.class (司法所类别)\n"), std::string::npos);
  EXPECT_NE(text.find("\n解读:\n  专职工作人员 = "), std::string::npos);
  EXPECT_EQ(text.find("本所"), std::string::npos);
}

TEST(Explain, LetsReadThroughOtherLets) {
  std::string text = *explain(shifan::testing::anhui_rubric(), "E3", nullptr);
  EXPECT_NE(text.find("\n  let two_years_before = "), std::string::npos);
  EXPECT_NE(text.find("\n  part (2 分) 受到市以上党委、政府或省以上司法行政部门表彰表扬(2): high_award\n"),
            std::string::npos);
}

TEST(Explain, AssessedItemNamesItsScore) {
  std::string text = *explain(shifan::testing::anhui_rubric(), "C5", nullptr);
  EXPECT_NE(text.find("\n  评分: scores.C5 (0 到 3 分)\n"), std::string::npos);
  EXPECT_NE(text.find("\n  (无; 只看评分)\n"), std::string::npos);
}

TEST(Explain, WithStationShowsValuesAndResult) {
  LoadedStation loaded =
      load_station(read_document("s.yaml", shifan::testing::base_station().set("station.class", "二类").yaml()), shifan::testing::anhui_rubric());
  ASSERT_TRUE(loaded.station);
  std::string text = *explain(shifan::testing::anhui_rubric(), "V3", &*loaded.station);
  EXPECT_NE(text.find("\n  station.class = 二类\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\n  required_full_time = 5\n"), std::string::npos);
  EXPECT_NE(text.find("\n  结果: 未触发\n"), std::string::npos);
}

}  // namespace
}  // namespace shifan::detail
