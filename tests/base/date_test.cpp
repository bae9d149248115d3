#include "shifan/date.h"

#include <gtest/gtest.h>

namespace shifan {
namespace {

Date d(std::string_view text) { return parse_date(text).value(); }

TEST(Date, ParsesValidDates) {
  EXPECT_EQ(d("2024-05-20"), (Date{2024, 5, 20}));
  EXPECT_EQ(d("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_EQ(d("0001-01-01"), (Date{1, 1, 1}));
}

TEST(Date, RejectsInvalidDates) {
  EXPECT_FALSE(parse_date("2023-02-29"));
  EXPECT_FALSE(parse_date("2023-02-30"));
  EXPECT_FALSE(parse_date("2023-13-01"));
  EXPECT_FALSE(parse_date("2023-00-10"));
  EXPECT_FALSE(parse_date("0000-01-01"));
  EXPECT_FALSE(parse_date("2023-1-01"));
  EXPECT_FALSE(parse_date("2023-01-01x"));
  EXPECT_FALSE(parse_date("2023/01/01"));
  EXPECT_FALSE(parse_date("+023-01-01"));
  EXPECT_FALSE(parse_date(""));
}

TEST(Date, FormatsWithPadding) {
  EXPECT_EQ(format_date(Date{7, 3, 4}), "0007-03-04");
  EXPECT_EQ(format_date(d("2024-05-20")), "2024-05-20");
}

TEST(Date, AddYearsClampsLeapDay) {
  EXPECT_EQ(add_years(d("2024-02-29"), -1), d("2023-02-28"));
  EXPECT_EQ(add_years(d("2024-02-29"), 4), d("2028-02-29"));
  EXPECT_EQ(add_years(d("2024-05-20"), 1), d("2025-05-20"));
  EXPECT_FALSE(add_years(d("2024-05-20"), 8000));
  EXPECT_FALSE(add_years(d("2024-05-20"), -2024));
}

TEST(Date, AddMonthsClampsToLastDay) {
  EXPECT_EQ(add_months(d("2024-01-31"), 1), d("2024-02-29"));
  EXPECT_EQ(add_months(d("2023-01-31"), 1), d("2023-02-28"));
  EXPECT_EQ(add_months(d("2024-03-31"), -1), d("2024-02-29"));
  EXPECT_EQ(add_months(d("2024-05-20"), -5), d("2023-12-20"));
  EXPECT_EQ(add_months(d("2024-05-20"), 24), d("2026-05-20"));
  EXPECT_FALSE(add_months(d("0001-01-01"), -1));
}

TEST(Date, AddDaysCrossesMonthsAndYears) {
  EXPECT_EQ(add_days(d("2024-02-28"), 1), d("2024-02-29"));
  EXPECT_EQ(add_days(d("2023-12-31"), 1), d("2024-01-01"));
  EXPECT_EQ(add_days(d("2024-03-01"), -1), d("2024-02-29"));
  EXPECT_EQ(add_days(d("2024-05-20"), 365), d("2025-05-20"));
  EXPECT_FALSE(add_days(d("9999-12-31"), 1));
  EXPECT_FALSE(add_days(d("2024-01-01"), INT64_MAX));
}

TEST(Date, Compares) {
  EXPECT_LT(d("2023-12-31"), d("2024-01-01"));
  EXPECT_LT(d("2024-01-01"), d("2024-01-02"));
}

}  // namespace
}  // namespace shifan
