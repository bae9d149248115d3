#include "cell_text.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

TEST(CellText, NumbersAsPlainDecimalsWithoutFloatNoise) {
  EXPECT_EQ(number_text("93.5"), "93.5");
  EXPECT_EQ(number_text("180"), "180");
  EXPECT_EQ(number_text("1E-3"), "0.001");
  EXPECT_EQ(number_text("1.5E3"), "1500");
  EXPECT_EQ(number_text("0.30000000000000004"), "0.3");
  EXPECT_EQ(number_text("4.4999999999999991"), "4.5");
  EXPECT_EQ(number_text("-2.5"), "-2.5");
  EXPECT_EQ(number_text("0"), "0");
  EXPECT_EQ(number_text("123456789012345"), "123456789012345");
  EXPECT_EQ(number_text("1E+40"), "1e+40");  // kept with its exponent: rejected later
  EXPECT_EQ(number_text("abc"), "abc");
}

TEST(CellText, SerialDatesInBothSystems) {
  EXPECT_EQ(format_date(*serial_date("45432", false)), "2024-05-20");
  EXPECT_EQ(format_date(*serial_date("45432.75", false)), "2024-05-20");
  EXPECT_EQ(format_date(*serial_date("1", false)), "1900-01-01");
  EXPECT_EQ(format_date(*serial_date("61", false)), "1900-03-01");
  EXPECT_FALSE(serial_date("60", false));  // 1900-02-29 never was
  EXPECT_EQ(format_date(*serial_date("43970", true)), "2024-05-20");
  EXPECT_FALSE(serial_date("0", false));
  EXPECT_FALSE(serial_date("20240520", false));
  EXPECT_FALSE(serial_date("x", false));
}

TEST(CellText, DatesAsPeopleTypeThem) {
  EXPECT_EQ(date_text("2024-05-20"), "2024-05-20");
  EXPECT_EQ(date_text("2024/5/20"), "2024-05-20");
  EXPECT_EQ(date_text("2024.5.2"), "2024-05-02");
  EXPECT_EQ(date_text("2024年5月20日"), "2024-05-20");
  EXPECT_EQ(date_text("2023-02-30"), "2023-02-30");  // no such day: left for the validator
  EXPECT_EQ(date_text("20240520"), "20240520");
  EXPECT_EQ(date_text("五月"), "五月");
}

}  // namespace
}  // namespace shifan::detail
