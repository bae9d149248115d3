#include "shifan/decimal.h"

#include <gtest/gtest.h>

namespace shifan {
namespace {

Decimal d(std::string_view text) { return Decimal::parse(text).value(); }

TEST(Decimal, ParsesAtMostTwoPlaces) {
  EXPECT_EQ(d("4").hundredths(), 400);
  EXPECT_EQ(d("4.5").hundredths(), 450);
  EXPECT_EQ(d("4.50").hundredths(), 450);
  EXPECT_EQ(d("0.25").hundredths(), 25);
  EXPECT_EQ(d("-1.05").hundredths(), -105);
  EXPECT_EQ(d("+2").hundredths(), 200);
  for (std::string_view bad : {"", "4.", ".5", "4.555", "1e2", "abc", "4,5", "-", "9999999999999"}) {
    EXPECT_FALSE(Decimal::parse(bad).has_value()) << bad;
  }
}

TEST(Decimal, ZerosPastTwoDecimalsChangeNothing) {
  EXPECT_EQ(d("1.500").hundredths(), 150);
  EXPECT_EQ(d("93.5000").hundredths(), 9350);
  EXPECT_EQ(d("-0.010").hundredths(), -1);
  EXPECT_EQ(d("3.000").hundredths(), 300);
}

TEST(Decimal, ReadSaysWhyATextIsRefused) {
  EXPECT_EQ(Decimal::read("1.505").error, DecimalError::too_precise);
  EXPECT_EQ(Decimal::read("1.5001").error, DecimalError::too_precise);
  EXPECT_EQ(Decimal::read("99999999999999.505").error, DecimalError::too_precise);
  EXPECT_EQ(Decimal::read("9999999999999").error, DecimalError::too_large);
  EXPECT_EQ(Decimal::read("9999999999999.000").error, DecimalError::too_large);
  for (std::string_view bad : {"", "4.", ".5", "1e2", "abc", "4,5", "-", "1.5x"}) {
    EXPECT_EQ(Decimal::read(bad).error, DecimalError::malformed) << bad;
  }
  DecimalReading ok = Decimal::read("1.500");
  EXPECT_EQ(ok.error, DecimalError::none);
  EXPECT_EQ(ok.value, d("1.5"));
  EXPECT_EQ(Decimal::read("1.505").value, std::nullopt);
}

TEST(Decimal, SumsExactly) {
  EXPECT_EQ(d("94.5") + d("0.5"), Decimal::from_int(95));
  Decimal total;
  for (int i = 0; i < 10; ++i) {
    total += d("0.1");
  }
  EXPECT_EQ(total, Decimal::from_int(1));
  EXPECT_GE(d("94.99") + d("0.01"), Decimal::from_int(95));
  EXPECT_LT(d("94.99"), Decimal::from_int(95));
}

TEST(Decimal, PrintsWithoutTrailingZeros) {
  EXPECT_EQ(d("95").str(), "95");
  EXPECT_EQ(d("96.50").str(), "96.5");
  EXPECT_EQ(d("0.25").str(), "0.25");
  EXPECT_EQ(d("0.05").str(), "0.05");
  EXPECT_EQ(d("-1.5").str(), "-1.5");
  EXPECT_EQ(Decimal().str(), "0");
  EXPECT_EQ(d("-0.05").str(), "-0.05");
  EXPECT_EQ(Decimal::from_hundredths(100000000000001).str(), "1000000000000.01");
  EXPECT_EQ(Decimal::from_hundredths(-120).str(), "-1.2");
}

TEST(Decimal, FromDoubleNeedsTwoPlaces) {
  EXPECT_EQ(Decimal::from_double(2.5), d("2.5"));
  EXPECT_EQ(Decimal::from_double(0.1 + 0.2), std::nullopt);  // 0.30000000000000004
  EXPECT_EQ(Decimal::from_double(-0.0), Decimal());
  EXPECT_EQ(Decimal::from_double(1e300), std::nullopt);
}

}  // namespace
}  // namespace shifan
