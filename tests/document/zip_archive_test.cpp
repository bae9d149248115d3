#include "zip_archive.h"

#include <gtest/gtest.h>

#include "shifan/document.h"

namespace shifan::detail {
namespace {

TEST(ZipArchive, ReadsPartsByNameWithinTheLimits) {
  std::string bytes = read_file(SHIFAN_SOURCE_DIR "/tests/data/huangcun-libreoffice.xlsx", 1 << 20);
  ZipArchive archive(bytes, 100);
  std::optional<std::string> workbook = archive.read("xl/workbook.xml", 1 << 20, 1 << 20);
  ASSERT_TRUE(workbook);
  EXPECT_NE(workbook->find("<sheets>"), std::string::npos);
  EXPECT_FALSE(archive.read("xl/nothing.xml", 1 << 20, 1 << 20));
  EXPECT_THROW(archive.read("xl/sharedStrings.xml", 100, 1 << 20), ZipProblem);
  EXPECT_THROW(ZipArchive(bytes, 3), ZipProblem);
  EXPECT_THROW(ZipArchive("not a zip", 100), ZipProblem);
}

}  // namespace
}  // namespace shifan::detail
