#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "shifan/document.h"

namespace shifan {
namespace {

std::string temp_file(const std::string& name, const std::string& text) {
  std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

std::string error_of(const std::string& path, std::size_t max_bytes) {
  try {
    read_file(path, max_bytes);
  } catch (const Error& error) {
    return error.what();
  }
  return "(no error)";
}

TEST(ReadFile, ReadsTheWholeFile) {
  std::string text(200'000, 'x');
  text += "\r\n中";
  std::string path = temp_file("shifan_read_file_ok.yaml", text);
  EXPECT_EQ(read_file(path, text.size()), text);
  std::remove(path.c_str());
}

TEST(ReadFile, ReportsTheOsReason) {
  EXPECT_EQ(error_of("/nonexistent/x.yaml", 100),
            "无法读取 '/nonexistent/x.yaml': No such file or directory");
  EXPECT_EQ(error_of("/tmp", 100), "无法读取 '/tmp': Is a directory");
}

TEST(ReadFile, StopsAtTheLimit) {
  std::string path = temp_file("shifan_read_file_big.yaml", std::string(70'000, 'x'));
  EXPECT_EQ(error_of(path, 69'999),
            "无法读取 '" + path + "': 文件过大 (上限 69999 字节)");
  EXPECT_EQ(read_file(path, 70'000).size(), 70'000U);
  EXPECT_EQ(error_of("/dev/zero", 1 << 20),
            "无法读取 '/dev/zero': 文件过大 (上限 1048576 字节)");
  std::remove(path.c_str());
}

}  // namespace
}  // namespace shifan
