#include "xlsx_file.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "shifan/diagnostic.h"

namespace shifan::detail {

namespace {

// Removes the temporary file however the writing ends.
struct TemporaryFile {
  std::string path;
  ~TemporaryFile() {
    if (!path.empty()) {
      ::unlink(path.c_str());
    }
  }
};

}  // namespace

LibXlsxWriter::LibXlsxWriter(const SharedLibrary& library) {
  SHIFAN_XLSXWRITER(SHIFAN_LOAD_FUNCTION)
}

const LibXlsxWriter& libxlsxwriter() {
  static const SharedLibrary k_library(SHIFAN_XLSXWRITER_SONAME, SHIFAN_XLSXWRITER_PACKAGE);
  static const LibXlsxWriter k_libxlsxwriter(k_library);
  return k_libxlsxwriter;
}

std::string xlsx_bytes(const std::function<void(lxw_workbook*)>& fill) {
  const char* directory = std::getenv("TMPDIR");
  std::string pattern = std::string(directory != nullptr && *directory != '\0' ? directory : "/tmp") +
                        "/shifan-XXXXXX.xlsx";
  int fd = ::mkstemps(pattern.data(), 5);
  if (fd < 0) {
    throw Error("无法创建临时文件 '" + pattern + "'");
  }
  ::close(fd);
  TemporaryFile file{pattern};
  lxw_workbook* workbook = libxlsxwriter().workbook_new(file.path.c_str());
  if (workbook == nullptr) {
    throw Error("无法创建工作簿");
  }
  // SOURCE_DATE_EPOCH (the reproducible-builds convention) fixes the creation
  // time the workbook records (to the second), so that runs write the same bytes.
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    lxw_doc_properties properties{};
    properties.created = static_cast<time_t>(std::strtoll(epoch, nullptr, 10));
    libxlsxwriter().workbook_set_properties(workbook, &properties);
  }
  try {
    fill(workbook);
  } catch (...) {
    libxlsxwriter().workbook_close(workbook);
    throw;
  }
  if (lxw_error error = libxlsxwriter().workbook_close(workbook); error != LXW_NO_ERROR) {
    throw Error(std::string("无法写出工作簿: ") + libxlsxwriter().lxw_strerror(error));
  }
  std::ifstream in(file.path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) {
    throw Error("无法读取临时文件 '" + file.path + "'");
  }
  return bytes.str();
}

lxw_datetime xlsx_date(const Date& date) {
  return lxw_datetime{date.year, date.month, date.day, 0, 0, 0.0};
}

void write_text(lxw_worksheet* sheet, int row, int column, const std::string& text, lxw_format* format) {
  if (!text.empty()) {
    libxlsxwriter().worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), text.c_str(), format);
  }
}

}  // namespace shifan::detail
