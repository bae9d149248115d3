#include "cell_text.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <system_error>

namespace shifan::detail {

namespace {

constexpr int k_excel_digits = 15;
constexpr int k_max_plain_exponent = 30;

// Digits and decimal exponent of "d.ddde±x" (scientific) text: value = 0.digits × 10^point.
std::string plain(std::string_view scientific) {
  bool negative = scientific.starts_with('-');
  if (negative) {
    scientific.remove_prefix(1);
  }
  std::size_t e = scientific.find('e');
  std::string digits;
  for (char c : scientific.substr(0, e)) {
    if (c != '.') {
      digits += c;
    }
  }
  int exponent = std::atoi(std::string(scientific.substr(e + 1)).c_str());
  while (digits.size() > 1 && digits.back() == '0') {
    digits.pop_back();
  }
  if (digits == "0") {
    return "0";
  }
  int point = exponent + 1;  // digits before the decimal point
  std::string out = negative ? "-" : "";
  if (point <= 0) {
    out += "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  } else if (static_cast<std::size_t>(point) >= digits.size()) {
    out += digits + std::string(static_cast<std::size_t>(point) - digits.size(), '0');
  } else {
    out += digits.substr(0, static_cast<std::size_t>(point)) + "." + digits.substr(static_cast<std::size_t>(point));
  }
  return out;
}

}  // namespace

std::string number_text(std::string_view stored) {
  double value = 0;
  std::string_view text = stored.starts_with('+') ? stored.substr(1) : stored;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::string(stored);
  }
  char buffer[64];
  auto shortest = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  std::string_view text_out(buffer, static_cast<std::size_t>(shortest.ptr - buffer));
  std::size_t e = text_out.find('e');
  std::size_t digits = e - (text_out.starts_with('-') ? 1 : 0) - (text_out.find('.') < e ? 1 : 0);
  if (digits > static_cast<std::size_t>(k_excel_digits)) {
    shortest = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific, k_excel_digits - 1);
    text_out = std::string_view(buffer, static_cast<std::size_t>(shortest.ptr - buffer));
  }
  int exponent = std::atoi(std::string(text_out.substr(text_out.find('e') + 1)).c_str());
  if (std::abs(exponent) > k_max_plain_exponent) {
    return std::string(text_out);
  }
  return plain(text_out);
}

std::optional<Date> serial_date(std::string_view stored, bool date1904) {
  double value = 0;
  auto [end, error] = std::from_chars(stored.data(), stored.data() + stored.size(), value);
  constexpr double k_last = 2'958'465;  // 9999-12-31
  if (error != std::errc() || end != stored.data() + stored.size() || !(value >= 1 && value <= k_last)) {
    return std::nullopt;
  }
  auto days = static_cast<std::int64_t>(std::floor(value));
  if (date1904) {
    return add_days(Date{1904, 1, 1}, days);
  }
  if (days == 60) {
    return std::nullopt;  // 1900-02-29, which Excel counts but never was
  }
  return add_days(Date{1899, 12, days < 60 ? 31 : 30}, days);
}

std::string date_text(std::string_view text) {
  std::string unified(text);
  if (unified.ends_with("日")) {
    unified.resize(unified.size() - std::string_view("日").size());
  }
  for (std::string_view separator : {"年", "月", "/", "."}) {
    for (std::size_t at = unified.find(separator); at != std::string::npos; at = unified.find(separator)) {
      unified.replace(at, separator.size(), "-");
    }
  }
  std::string parts[3];
  std::size_t part = 0;
  for (char c : unified) {
    if (c == '-' && part < 2) {
      ++part;
    } else if (c >= '0' && c <= '9' && parts[part].size() < 4) {
      parts[part] += c;
    } else {
      return std::string(text);
    }
  }
  if (part != 2 || parts[0].size() != 4 || parts[1].empty() || parts[1].size() > 2 || parts[2].empty() ||
      parts[2].size() > 2) {
    return std::string(text);
  }
  auto two = [](const std::string& digits) { return digits.size() == 1 ? "0" + digits : digits; };
  std::string normalized = parts[0] + "-" + two(parts[1]) + "-" + two(parts[2]);
  return parse_date(normalized) ? normalized : std::string(text);
}

}  // namespace shifan::detail
