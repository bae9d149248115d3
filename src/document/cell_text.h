// A workbook cell's stored value as the text a station file would hold.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "shifan/date.h"

namespace shifan::detail {

// A number as stored in a cell ("93.5", "1E-3", "0.30000000000000004") as
// plain decimal text: the shortest text that reads back as the same double,
// rounded to 15 significant digits when longer (the precision Excel and WPS
// show and keep), with no exponent ("0.001", "0.3"). Magnitudes beyond
// 10^±30 keep their exponent; text that is not a number is returned as is.
std::string number_text(std::string_view stored);

// An Excel serial day number as a date (1900 system with its phantom
// 1900-02-29 at serial 60, or the 1904 system); a fraction (the time) is
// dropped. nullopt when not a number, below 1 or beyond 9999-12-31.
std::optional<Date> serial_date(std::string_view stored, bool date1904);

// Date text as people type it: "2024-05-20", "2024/5/20", "2024.5.20",
// "2024年5月20日" to "2024-05-20"; other text is returned as is.
std::string date_text(std::string_view text);

}  // namespace shifan::detail
