#include "xlsx_file.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "zip_archive.h"

namespace shifan::detail {
namespace {

// The workbook's docProps/core.xml, where its creation time is.
std::string core_properties(const std::string& bytes) {
  ZipArchive archive(bytes, 100);
  return archive.read("docProps/core.xml", 1 << 20, 1 << 20).value_or("");
}

std::string one_cell_workbook() {
  return xlsx_bytes([](lxw_workbook* workbook) {
    const LibXlsxWriter& lxw = libxlsxwriter();
    lxw.worksheet_write_string(lxw.workbook_add_worksheet(workbook, "表"), 0, 0, "云岭司法所", nullptr);
  });
}

// Runs scoring the same files at different seconds must write the same
// bytes (score -j against -j 1 in tests/parallel_output.cmake).
TEST(XlsxFile, SourceDateEpochFixesTheCreationTime) {
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  std::string fixed = core_properties(one_cell_workbook());
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_NE(fixed.find(">2023-11-14T22:13:20Z</dcterms:created>"), std::string::npos) << fixed;
  std::string now = core_properties(one_cell_workbook());
  EXPECT_EQ(now.find("2023-11-14T22:13:20Z"), std::string::npos) << now;
}

}  // namespace
}  // namespace shifan::detail
