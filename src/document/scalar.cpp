#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <type_traits>

#include <fmt/format.h>

#include "full_width.h"
#include "shifan/document.h"
#include "utf8.h"

namespace shifan {
namespace {

constexpr int k_shown_code_points = 30;

bool is_digits(std::string_view text, std::string_view allowed) {
  return !text.empty() && text.find_first_not_of(allowed) == std::string_view::npos;
}

// is_digits(text, "0123456789") by range: find_first_not_of calls memchr per
// character, and every plain scalar of a file is typed with this.
bool is_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view without_sign(std::string_view text) {
  if (text.starts_with('+') || text.starts_with('-')) {
    text.remove_prefix(1);
  }
  return text;
}

bool is_hex_or_octal(std::string_view text) {
  return (text.starts_with("0x") && is_digits(text.substr(2), "0123456789abcdefABCDEF")) ||
         (text.starts_with("0o") && is_digits(text.substr(2), "01234567"));
}

bool is_infinity_or_nan(std::string_view text) {
  std::string_view magnitude = without_sign(text);
  return magnitude == ".inf" || magnitude == ".Inf" || magnitude == ".INF" || text == ".nan" ||
         text == ".NaN" || text == ".NAN";
}

// [-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool is_real(std::string_view text) {
  std::string_view rest = without_sign(text);
  // Only a digit or a dot can start one: spares a long text the search below.
  if (rest.empty() || !(rest[0] == '.' || (rest[0] >= '0' && rest[0] <= '9'))) {
    return false;
  }
  std::size_t exponent = rest.find_first_of("eE");
  std::string_view mantissa = rest.substr(0, exponent);
  if (exponent != std::string_view::npos && !is_digits(without_sign(rest.substr(exponent + 1)))) {
    return false;
  }
  std::size_t dot = mantissa.find('.');
  if (dot == std::string_view::npos) {
    return is_digits(mantissa);
  }
  std::string_view whole = mantissa.substr(0, dot);
  std::string_view fraction = mantissa.substr(dot + 1);
  return (whole.empty() || is_digits(whole)) && (fraction.empty() || is_digits(fraction)) &&
         !(whole.empty() && fraction.empty());
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?: a number as_decimal_text keeps unchanged.
bool is_plain_decimal(std::string_view text) {
  std::string_view digits = text.starts_with('-') ? text.substr(1) : text;
  std::size_t dot = digits.find('.');
  std::string_view whole = digits.substr(0, dot);
  return is_digits(whole) && (whole.size() == 1 || whole[0] != '0') &&
         (dot == std::string_view::npos || is_digits(digits.substr(dot + 1)));
}

std::string describe(const Node& node) {
  if (node.kind == Node::Kind::sequence) {
    return "列表";
  }
  if (node.kind == Node::Kind::mapping) {
    return "映射";
  }
  std::string_view shown = detail::prefix_code_points(node.text, k_shown_code_points);
  std::string text = fmt::format("{}{}", shown, shown.size() < node.text.size() ? "…" : "");
  switch (scalar_type(node)) {
    case ScalarType::null:
      return "空值";
    case ScalarType::boolean:
      return "布尔值 " + text;
    case ScalarType::integer:
      return "整数 " + text;
    case ScalarType::real:
      return "小数 " + text;
    case ScalarType::string:
      break;
  }
  return fmt::format("字符串 \"{}\"", text);
}

template <typename T>
std::optional<T> report(const Node& node, const Source& source, Diagnostics& diagnostics,
                        std::string message) {
  diagnostics.push_back(source.diagnose(node.mark, std::move(message)));
  return std::nullopt;
}

// What to write instead of a plain scalar typed as people say it: full-width
// digits and punctuation (`１８６`, `4。5`), 是/否 for a bool; "" otherwise.
std::string slip_hint(const Node& node, bool boolean) {
  if (node.kind != Node::Kind::scalar) {
    return "";
  }
  constexpr std::array<std::string_view, 6> k_words = {"是", "否", "有", "无", "对", "错"};
  if (boolean && std::find(k_words.begin(), k_words.end(), node.text) != k_words.end()) {
    return "; 请写 true (是) 或 false (否)";
  }
  std::string half = detail::half_width(node.text);
  return half == node.text ? "" : fmt::format("; 这是全角字符, 请写半角: {}", half);
}

template <typename T>
std::optional<T> expected(const Node& node, const Source& source, Diagnostics& diagnostics,
                          std::string_view what) {
  return report<T>(node, source, diagnostics,
                   fmt::format("应为{}, 实际为{}{}", what, describe(node), slip_hint(node, std::is_same_v<T, bool>)));
}

constexpr std::string_view k_no_hex = "不接受十六进制/八进制写法, 请写十进制";

}  // namespace

ScalarType scalar_type(const Node& node) {
  if (node.kind == Node::Kind::null) {
    return ScalarType::null;
  }
  std::string_view text = node.text;
  if (node.kind != Node::Kind::scalar || node.quoted) {
    return ScalarType::string;
  }
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") {
    return ScalarType::null;
  }
  if (text == "true" || text == "True" || text == "TRUE" || text == "false" || text == "False" ||
      text == "FALSE") {
    return ScalarType::boolean;
  }
  if (is_digits(without_sign(text)) || is_hex_or_octal(text)) {
    return ScalarType::integer;
  }
  if (is_real(text) || is_infinity_or_nan(text)) {
    return ScalarType::real;
  }
  return ScalarType::string;
}

std::optional<std::int64_t> as_int(const Node& node, const Source& source,
                                   Diagnostics& diagnostics) {
  if (scalar_type(node) != ScalarType::integer) {
    return expected<std::int64_t>(node, source, diagnostics, "整数");
  }
  if (is_hex_or_octal(node.text)) {
    return report<std::int64_t>(node, source, diagnostics, std::string(k_no_hex));
  }
  std::string_view text = node.text;
  if (text.starts_with('+')) {
    text.remove_prefix(1);
  }
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return report<std::int64_t>(node, source, diagnostics, "整数超出范围");
  }
  return value;
}

std::optional<std::string> as_decimal_text(const Node& node, const Source& source,
                                           Diagnostics& diagnostics) {
  if (node.kind == Node::Kind::scalar && !node.quoted && is_plain_decimal(node.text)) {
    return node.text;  // already as the slow path below would write it: most numbers are
  }
  ScalarType type = scalar_type(node);
  if (type != ScalarType::integer && type != ScalarType::real) {
    return expected<std::string>(node, source, diagnostics, "数字");
  }
  std::string_view text = node.text;
  if (is_hex_or_octal(text)) {
    return report<std::string>(node, source, diagnostics, std::string(k_no_hex));
  }
  if (is_infinity_or_nan(text)) {
    return report<std::string>(node, source, diagnostics, "不接受 .nan/.inf");
  }
  if (text.find_first_of("eE") != std::string_view::npos) {
    return report<std::string>(node, source, diagnostics,
                               "不接受指数写法, 请直接写出小数 (如 1500 而不是 1.5e3)");
  }
  std::string out = text.starts_with('-') ? "-" : "";
  std::string_view digits = without_sign(text);
  while (digits.size() > 1 && digits[0] == '0' && digits[1] != '.') {
    digits.remove_prefix(1);
  }
  out += digits.starts_with('.') ? "0" : "";
  out += digits.ends_with('.') ? digits.substr(0, digits.size() - 1) : digits;
  return out;
}

std::optional<bool> as_bool(const Node& node, const Source& source, Diagnostics& diagnostics) {
  if (scalar_type(node) != ScalarType::boolean) {
    return expected<bool>(node, source, diagnostics, " true 或 false");
  }
  return node.text[0] == 't' || node.text[0] == 'T';
}

std::optional<std::string> as_string(const Node& node, const Source& source,
                                     Diagnostics& diagnostics) {
  ScalarType type = scalar_type(node);
  if (node.kind != Node::Kind::scalar || type != ScalarType::string) {
    std::string hint = type == ScalarType::null || node.kind != Node::Kind::scalar
                           ? ""
                           : " (如果是文字, 请加引号)";
    return report<std::string>(node, source, diagnostics,
                               fmt::format("应为字符串, 实际为{}{}", describe(node), hint));
  }
  return node.text;
}

std::optional<double> as_double(const Node& node, const Source& source,
                                Diagnostics& diagnostics) {
  ScalarType type = scalar_type(node);
  if (type != ScalarType::integer && type != ScalarType::real) {
    return expected<double>(node, source, diagnostics, "数字");
  }
  std::string_view text = node.text;
  if (is_hex_or_octal(text)) {
    return report<double>(node, source, diagnostics, std::string(k_no_hex));
  }
  if (is_infinity_or_nan(text)) {
    double magnitude = text.ends_with("inf") || text.ends_with("Inf") || text.ends_with("INF")
                           ? std::numeric_limits<double>::infinity()
                           : std::numeric_limits<double>::quiet_NaN();
    return text.starts_with('-') ? -magnitude : magnitude;
  }
  if (text.starts_with('+')) {
    text.remove_prefix(1);
  }
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return report<double>(node, source, diagnostics, "数值超出范围");
  }
  return value;
}

}  // namespace shifan
