#include "svg_chart.h"

#include <gtest/gtest.h>

namespace shifan::detail {
namespace {

Decimal points(std::int64_t hundredths) {
  return Decimal::from_hundredths(hundredths);
}

TEST(SvgChart, BarsAreExactShares) {
  std::string svg = svg_bar_chart({{"A 队伍建设好", points(2900), points(2900), points(3000), "29 / 30"}},
                                  {points(9500), points(10000), "申报线 95/100"}, "各类得分");
  // 29 of 30 of a 380-pixel bar is 367 (rounded down), from x = 170.
  EXPECT_NE(svg.find("<rect x=\"170\" y=\"22\" width=\"367\" height=\"14\" fill=\"#595959\"/>"), std::string::npos)
      << svg;
  // 95 of 100 puts the line at 170 + 361.
  EXPECT_NE(svg.find("<line x1=\"531\" y1=\"16\" x2=\"531\""), std::string::npos) << svg;
  EXPECT_NE(svg.find(">申报线 95/100</text>"), std::string::npos);
  EXPECT_NE(svg.find("<title>各类得分</title>"), std::string::npos);
  EXPECT_EQ(svg.find("stroke-dasharray=\"3 2\""), std::string::npos) << "no undetermined part";
}

TEST(SvgChart, UndeterminedPartIsDashed) {
  std::string svg = svg_bar_chart({{"<E>", points(500), points(900), points(1000), "5–9 / 10"}},
                                  {points(9500), points(10000), "95"}, "t");
  EXPECT_NE(svg.find("<rect x=\"360\" y=\"24\" width=\"152\" height=\"10\" fill=\"#d9d9d9\" stroke=\"#000\" "
                     "stroke-dasharray=\"3 2\"/>"),
            std::string::npos)
      << svg;
  EXPECT_NE(svg.find(">&lt;E&gt;</text>"), std::string::npos);
  EXPECT_NE(svg.find(">5–9 / 10</text>"), std::string::npos);
}

TEST(SvgChart, ZeroOrOverflowingBarsStayInside) {
  std::string svg = svg_bar_chart({{"a", points(100), points(100), points(0), ""},
                                   {"b", points(500), points(500), points(100), ""}},
                                  {points(1), points(0), ""}, "t");
  EXPECT_NE(svg.find("<rect x=\"170\" y=\"22\" width=\"0\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("<rect x=\"170\" y=\"46\" width=\"380\" height=\"14\" fill=\"#595959\"/>"), std::string::npos);
  EXPECT_NE(svg.find("<svg viewBox=\"0 0 680 74\""), std::string::npos);
}

}  // namespace
}  // namespace shifan::detail
