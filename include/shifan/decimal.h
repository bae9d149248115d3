// Exact decimals with two places: points, scores and totals.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace shifan {

// Why a decimal text was refused: not a plain decimal ("1e2", "4.", "abc"),
// more than two decimals that are not zeros ("1.505"), or past 10^12.
enum class DecimalError { none, malformed, too_precise, too_large };

struct DecimalReading;

// A decimal number of hundredths. Sums of scores are exact: 94.5 + 0.5 == 95.
class Decimal {
 public:
  constexpr Decimal() = default;
  static constexpr Decimal from_hundredths(std::int64_t hundredths) { return Decimal(hundredths); }
  static constexpr Decimal from_int(std::int64_t value) { return Decimal(value * 100); }
  // The one decimal reader, for rubrics and station files alike: "4", "4.5",
  // "-0.25", "+2", and "1.500" (zeros past two decimals change nothing); an
  // error for "1.505", exponents, or magnitudes past 10^12. Never throws.
  static DecimalReading read(std::string_view text);
  // read(text).value: nullopt whatever the error.
  static std::optional<Decimal> parse(std::string_view text);
  // The double's shortest round-trip text read as a decimal; nullopt when it
  // needs more than two decimals or is not finite.
  static std::optional<Decimal> from_double(double value);

  constexpr std::int64_t hundredths() const { return m_hundredths; }
  // "95", "96.5", "0.25", "-1": no trailing zeros.
  std::string str() const;
  // A JSON-friendly double that prints back as str() (only for output).
  double to_double() const { return static_cast<double>(m_hundredths) / 100.0; }

  friend constexpr Decimal operator+(Decimal a, Decimal b) { return Decimal(a.m_hundredths + b.m_hundredths); }
  friend constexpr Decimal operator-(Decimal a, Decimal b) { return Decimal(a.m_hundredths - b.m_hundredths); }
  constexpr Decimal& operator+=(Decimal other) {
    m_hundredths += other.m_hundredths;
    return *this;
  }
  friend constexpr auto operator<=>(Decimal, Decimal) = default;

 private:
  constexpr explicit Decimal(std::int64_t hundredths) : m_hundredths(hundredths) {}
  std::int64_t m_hundredths = 0;
};

// A decimal text read: `value` is set exactly when `error` is none.
struct DecimalReading {
  std::optional<Decimal> value;
  DecimalError error = DecimalError::none;
};

}  // namespace shifan
