// Calendar dates (proleptic Gregorian, years 1..9999) for the `date`
// extension of the expression language.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace shifan {

struct Date {
  int year = 1;
  int month = 1;
  int day = 1;

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// Parses exactly "YYYY-MM-DD"; nullopt when malformed or not a real day
// (2023-02-30) or the year is 0.
std::optional<Date> parse_date(std::string_view text);

// "YYYY-MM-DD".
std::string format_date(const Date& date);

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Calendar arithmetic; a day missing in the target month becomes that month's
// last day (29 February + 1 year = 28 February). nullopt when the result is
// outside years 1..9999.
std::optional<Date> add_years(const Date& date, std::int64_t years);
std::optional<Date> add_months(const Date& date, std::int64_t months);
std::optional<Date> add_days(const Date& date, std::int64_t days);

}  // namespace shifan
