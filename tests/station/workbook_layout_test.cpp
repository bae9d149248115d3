#include "workbook_layout.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "shifan/rubric.h"

namespace shifan::detail {
namespace {

const Rubric& anhui() {
  static const Rubric rubric = *load_default_rubric().rubric;
  return rubric;
}

TEST(WorkbookLayout, ScalarFactsAreRowsAndListsOfRecordsAreSheets) {
  WorkbookLayout layout = workbook_layout(anhui().facts);
  ASSERT_FALSE(layout.facts.empty());
  EXPECT_EQ(layout.facts[0].path, "station.name");
  EXPECT_EQ(layout.facts[0].header, "司法所基本情况 / 司法所名称");
  auto staff = std::find_if(layout.facts.begin(), layout.facts.end(),
                            [](const WorkbookField& field) { return field.path == "staff"; });
  ASSERT_NE(staff, layout.facts.end());
  ASSERT_GE(staff->list_sheet, 0);
  const ListSheet& people = layout.lists[static_cast<std::size_t>(staff->list_sheet)];
  EXPECT_EQ(people.name, "工作人员");
  EXPECT_EQ(people.parent, -1);
  EXPECT_EQ(people.columns[0].header, "姓名");
  auto trainings = std::find_if(layout.lists.begin(), layout.lists.end(),
                                [](const ListSheet& sheet) { return sheet.path == "staff[].trainings"; });
  ASSERT_NE(trainings, layout.lists.end());
  EXPECT_EQ(trainings->name, "业务培训");
  EXPECT_EQ(trainings->parent, staff->list_sheet);
  EXPECT_EQ(trainings->parent_header, "工作人员姓名");
  EXPECT_EQ(trainings->parent_key, 0u);
  EXPECT_GT(trainings - layout.lists.begin(), staff->list_sheet);
}

TEST(WorkbookLayout, SheetNamesAreValidForExcel) {
  EXPECT_EQ(sheet_name("a/b[1]"), "a_b_1_");
  EXPECT_EQ(sheet_name(std::string(40, 'x')), std::string(31, 'x'));
  EXPECT_EQ(sheet_name("党纪、政纪处分或刑事处罚"), "党纪、政纪处分或刑事处罚");
}

TEST(WorkbookLayout, ListCellsSplitAtEnumerationCommas) {
  EXPECT_EQ(split_list_cell("所长室、档案室 , 调解室；社区矫正室\n安置帮教室"),
            (std::vector<std::string>{"所长室", "档案室", "调解室", "社区矫正室", "安置帮教室"}));
  EXPECT_TRUE(split_list_cell(" 、 ").empty());
}

}  // namespace
}  // namespace shifan::detail
