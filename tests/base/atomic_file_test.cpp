#include "atomic_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <ostream>
#include <stdexcept>

#include "batch_test_support.h"
#include "shifan/diagnostic.h"

namespace shifan::detail {
namespace {

using shifan::testing::TempDir;

std::size_t entries(const std::string& dir) {
  auto it = std::filesystem::directory_iterator(dir);
  return static_cast<std::size_t>(std::distance(it, std::filesystem::directory_iterator()));
}

TEST(AtomicFile, WritesTheWholeFile) {
  TempDir dir;
  std::string path = dir.path() + "/report.txt";
  write_atomically(path, [](std::ostream& out) { out << "第一行\n第二行\n"; });
  EXPECT_EQ(dir.read("report.txt"), "第一行\n第二行\n");
  EXPECT_EQ(entries(dir.path()), 1u);
}

TEST(AtomicFile, ReplacesAnOldFile) {
  TempDir dir;
  std::string path = dir.write("report.txt", "old and longer\n");
  write_atomically(path, [](std::ostream& out) { out << "new\n"; });
  EXPECT_EQ(dir.read("report.txt"), "new\n");
  EXPECT_EQ(entries(dir.path()), 1u);
}

TEST(AtomicFile, AFailureMidwayLeavesTheOldFileAndNoTemporary) {
  TempDir dir;
  std::string path = dir.write("report.txt", "old\n");
  EXPECT_THROW(write_atomically(path,
                                [](std::ostream& out) {
                                  out << "half a report";
                                  throw Error("无法读取目录 'x'");
                                }),
               Error);
  EXPECT_EQ(dir.read("report.txt"), "old\n");
  EXPECT_EQ(entries(dir.path()), 1u);
}

TEST(AtomicFile, AMissingDirectoryIsAnError) {
  TempDir dir;
  try {
    write_atomically(dir.path() + "/no/report.txt", [](std::ostream& out) { out << "x"; });
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "无法写入 '" + dir.path() + "/no/report.txt': No such file or directory");
  }
}

TEST(AtomicFile, ADirectoryInTheWayIsAnErrorAndIsKept) {
  TempDir dir;
  std::filesystem::create_directory(dir.path() + "/report.txt");
  EXPECT_THROW(write_atomically(dir.path() + "/report.txt", [](std::ostream& out) { out << "x"; }), Error);
  EXPECT_TRUE(std::filesystem::is_directory(dir.path() + "/report.txt"));
  EXPECT_EQ(entries(dir.path()), 1u);
}

}  // namespace
}  // namespace shifan::detail
