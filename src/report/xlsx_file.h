// Writing .xlsx bytes with libxlsxwriter, which writes only to a file.
#pragma once

#include <xlsxwriter.h>

#include <functional>
#include <string>

#include "shifan/date.h"

namespace shifan::detail {

// Runs `fill` on a new workbook in a temporary file and returns the file's
// bytes; its creation time is SOURCE_DATE_EPOCH when that is set. Throws
// Error when the file can't be made or libxlsxwriter fails.
std::string xlsx_bytes(const std::function<void(lxw_workbook*)>& fill);

// A date for worksheet_write_datetime.
lxw_datetime xlsx_date(const Date& date);

// Writes a UTF-8 string, or nothing for "".
void write_text(lxw_worksheet* sheet, int row, int column, const std::string& text, lxw_format* format = nullptr);

}  // namespace shifan::detail
