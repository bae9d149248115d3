#include "shifan/decimal.h"

#include <charconv>

#include <fmt/format.h>

namespace shifan {

namespace {
constexpr std::int64_t k_max_units = 1'000'000'000'000;  // 10^12
}

DecimalReading Decimal::read(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  std::size_t dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  bool digits_only = true;
  for (std::string_view part : {whole, fraction}) {
    for (char c : part) {
      digits_only = digits_only && c >= '0' && c <= '9';
    }
  }
  if (!digits_only || whole.empty() || (dot != std::string_view::npos && fraction.empty())) {
    return {std::nullopt, DecimalError::malformed};
  }
  while (fraction.size() > 2 && fraction.back() == '0') {
    fraction.remove_suffix(1);
  }
  if (fraction.size() > 2) {
    return {std::nullopt, DecimalError::too_precise};
  }
  std::int64_t units = 0;
  for (char c : whole) {
    units = units * 10 + (c - '0');
    if (units > k_max_units) {
      return {std::nullopt, DecimalError::too_large};
    }
  }
  std::int64_t cents = 0;
  for (std::size_t i = 0; i < 2; ++i) {
    cents = cents * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
  }
  std::int64_t hundredths = units * 100 + cents;
  return {Decimal(negative ? -hundredths : hundredths), DecimalError::none};
}

std::optional<Decimal> Decimal::parse(std::string_view text) {
  return read(text).value;
}

std::optional<Decimal> Decimal::from_double(double value) {
  if (!(value > -1e12 && value < 1e12)) {
    return std::nullopt;
  }
  std::string text = fmt::format("{}", value);
  if (text.find_first_of("eE") != std::string::npos) {
    return value == 0 ? std::optional<Decimal>(Decimal()) : std::nullopt;
  }
  return parse(text);
}

std::string Decimal::str() const {
  // By hand rather than through fmt: reports print several per item.
  std::int64_t magnitude = m_hundredths < 0 ? -m_hundredths : m_hundredths;
  char text[32];
  char* end = text;
  if (m_hundredths < 0) {
    *end++ = '-';
  }
  end = std::to_chars(end, text + sizeof text, magnitude / 100).ptr;
  std::int64_t cents = magnitude % 100;
  if (cents != 0) {
    *end++ = '.';
    *end++ = static_cast<char>('0' + cents / 10);
    if (cents % 10 != 0) {
      *end++ = static_cast<char>('0' + cents % 10);
    }
  }
  return std::string(text, end);
}

}  // namespace shifan
