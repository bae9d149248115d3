// Writing .xlsx bytes with libxlsxwriter, which writes only to a file.
#pragma once

#include <xlsxwriter.h>

#include <functional>
#include <string>

#include "shared_library.h"
#include "shifan/date.h"

namespace shifan::detail {

// The libxlsxwriter functions shifan calls, loaded with the library when the
// first workbook is written (base/shared_library.h).
#define SHIFAN_XLSXWRITER(X) \
  X(format_set_align) \
  X(format_set_bg_color) \
  X(format_set_bold) \
  X(format_set_border) \
  X(format_set_num_format) \
  X(format_set_text_wrap) \
  X(lxw_strerror) \
  X(workbook_add_format) \
  X(workbook_add_worksheet) \
  X(workbook_close) \
  X(workbook_new) \
  X(workbook_set_properties) \
  X(worksheet_autofilter) \
  X(worksheet_data_validation_cell) \
  X(worksheet_data_validation_range) \
  X(worksheet_fit_to_pages) \
  X(worksheet_freeze_panes) \
  X(worksheet_set_column) \
  X(worksheet_set_landscape) \
  X(worksheet_write_blank) \
  X(worksheet_write_comment) \
  X(worksheet_write_datetime) \
  X(worksheet_write_number) \
  X(worksheet_write_string)

struct LibXlsxWriter {
  SHIFAN_XLSXWRITER(SHIFAN_FUNCTION)
  explicit LibXlsxWriter(const SharedLibrary& library);
};

// Loads libxlsxwriter on the first call; throws Error when it can't.
const LibXlsxWriter& libxlsxwriter();

// Runs `fill` on a new workbook in a temporary file and returns the file's
// bytes; its creation time is SOURCE_DATE_EPOCH when that is set. Throws
// Error when the file can't be made or libxlsxwriter fails.
std::string xlsx_bytes(const std::function<void(lxw_workbook*)>& fill);

// A date for worksheet_write_datetime.
lxw_datetime xlsx_date(const Date& date);

// Writes a UTF-8 string, or nothing for "".
void write_text(lxw_worksheet* sheet, int row, int column, const std::string& text, lxw_format* format = nullptr);

}  // namespace shifan::detail
