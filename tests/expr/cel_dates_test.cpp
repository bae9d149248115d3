#include <gtest/gtest.h>

#include "expr_test_support.h"

namespace shifan {
namespace {

using testing::show;

TEST(CelDates, ParseAndPrint) {
  EXPECT_EQ(show("date('2024-05-20')"), "date(\"2024-05-20\")");
  EXPECT_EQ(show("string(date('2024-05-20'))"), "\"2024-05-20\"");
  EXPECT_EQ(show("type(date('2024-05-20'))"), "date");
  EXPECT_EQ(show("type(date('2024-05-20')) == date"), "true");
  EXPECT_EQ(show("date('2023-02-30')"),
            "error(\"无效的日期 \\\"2023-02-30\\\" (应为 YYYY-MM-DD 格式的真实日期)\")");
}

TEST(CelDates, Compare) {
  EXPECT_EQ(show("date('2024-05-20') < date('2024-05-21') && date('2024-05-20') == date('2024-05-20')"),
            "true");
  EXPECT_EQ(show("date('2024-05-20') >= date('2025-01-01')"), "false");
}

TEST(CelDates, CalendarArithmetic) {
  EXPECT_EQ(show("date('2024-02-29').add_years(-1)"), "date(\"2023-02-28\")");
  EXPECT_EQ(show("date('2024-01-31').add_months(1)"), "date(\"2024-02-29\")");
  EXPECT_EQ(show("date('2024-12-31').add_days(1)"), "date(\"2025-01-01\")");
  EXPECT_EQ(show("date('9999-12-31').add_days(1)"), "error(\"日期超出范围 (0001-01-01 至 9999-12-31)\")");
  EXPECT_EQ(show("[date('2024-05-20')].map(d, d.year() * 10000 + d.month() * 100 + d.day())"),
            "[20240520]");
}

}  // namespace
}  // namespace shifan
