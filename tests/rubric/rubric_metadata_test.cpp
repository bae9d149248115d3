#include <gtest/gtest.h>

#include "rubric_test_support.h"

namespace shifan {
namespace {

using test::mini_rubric_text;
using test::replaced;
using test::rubric_errors;

TEST(RubricMetadata, GradesGoFromHighestToLowestWithinTheTotal) {
  std::string text = replaced(mini_rubric_text(), "{name: 合格, min: 6.5}", "{name: 合格, min: 9.5}");
  EXPECT_EQ(rubric_errors(text),
            "r.yaml:12:23: 等级应从高到低排列: '合格' 的分数线 9.5 不低于上一等级 '示范' 的 9\n"
            "      - {name: 合格, min: 9.5}\n"
            "                          ^\n");
  EXPECT_EQ(rubric_errors(replaced(mini_rubric_text(), "{name: 示范, min: 9}", "{name: 示范, min: 11}")),
            "r.yaml:11:23: 等级 '示范' 的分数线 11 高于总分 10\n"
            "      - {name: 示范, min: 11}\n"
            "                          ^\n");
}

TEST(RubricMetadata, AssessedOnNamesARequiredDateFact) {
  EXPECT_EQ(rubric_errors(replaced(mini_rubric_text(), "assessed_on: station.assessed_on",
                                   "assessed_on: station.assesed_on")),
            "r.yaml:9:16: 未知的事实 'station.assesed_on' (是否想写 'station.assessed_on'?)\n"
            "    assessed_on: station.assesed_on\n"
            "                 ^\n");
  EXPECT_EQ(rubric_errors(replaced(mini_rubric_text(), "assessed_on: station.assessed_on",
                                   "assessed_on: station.name")),
            "r.yaml:9:16: assessed_on 应为必填的 date 类型事实: 'station.name'\n"
            "    assessed_on: station.name\n"
            "                 ^\n");
}

}  // namespace
}  // namespace shifan
