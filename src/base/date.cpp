#include "shifan/date.h"

#include <fmt/format.h>

namespace shifan {

namespace {

constexpr std::int64_t k_max_year = 9999;

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const auto day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const auto month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const auto year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

bool parse_digits(std::string_view text, int& out) {
  out = 0;
  for (char c : text) {
    if (c < '0' || c > '9') {
      return false;
    }
    out = out * 10 + (c - '0');
  }
  return true;
}

}  // namespace

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) {
    return 29;
  }
  return k_days[month - 1];
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  Date date;
  if (!parse_digits(text.substr(0, 4), date.year) || !parse_digits(text.substr(5, 2), date.month) ||
      !parse_digits(text.substr(8, 2), date.day)) {
    return std::nullopt;
  }
  if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > days_in_month(date.year, date.month)) {
    return std::nullopt;
  }
  return date;
}

std::string format_date(const Date& date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

std::optional<Date> add_months(const Date& date, std::int64_t months) {
  constexpr std::int64_t k_limit = k_max_year * 12;
  if (months > k_limit || months < -k_limit) {
    return std::nullopt;
  }
  const std::int64_t index = date.year * std::int64_t{12} + (date.month - 1) + months;
  const std::int64_t year = index / 12;
  if (index < 0 || year < 1 || year > k_max_year) {
    return std::nullopt;
  }
  Date result{static_cast<int>(year), static_cast<int>(index % 12) + 1, date.day};
  result.day = std::min(result.day, days_in_month(result.year, result.month));
  return result;
}

std::optional<Date> add_years(const Date& date, std::int64_t years) {
  if (years > k_max_year || years < -k_max_year) {
    return std::nullopt;
  }
  return add_months(date, years * 12);
}

std::optional<Date> add_days(const Date& date, std::int64_t days) {
  constexpr std::int64_t k_limit = k_max_year * 366;
  if (days > k_limit || days < -k_limit) {
    return std::nullopt;
  }
  const Date result = civil_from_days(days_from_civil(date.year, date.month, date.day) + days);
  if (result.year < 1 || result.year > k_max_year) {
    return std::nullopt;
  }
  return result;
}

}  // namespace shifan
