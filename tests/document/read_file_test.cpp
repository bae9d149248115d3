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

TEST(ReadFile, ReportsTheOsReasonInChinese) {
  EXPECT_EQ(error_of("/nonexistent/x.yaml", 100), "无法读取 '/nonexistent/x.yaml': 文件不存在");
  EXPECT_EQ(error_of("/tmp", 100), "无法读取 '/tmp': 这是一个目录");
}

TEST(ReadFile, StandardInputIsNamedStdin) {
  EXPECT_EQ(input_name("-"), "<stdin>");
  EXPECT_EQ(input_name("a.yaml"), "a.yaml");
  EXPECT_EQ(input_name("./-"), "./-");
}

TEST(ReadInput, ReadsADocumentUnderItsName) {
  std::string path = temp_file("shifan_read_input.yaml", "a: 1\n");
  Document document = read_input(path);
  EXPECT_EQ(document.source->name(), path);
  EXPECT_TRUE(document.diagnostics.empty());
  EXPECT_EQ(document.root.find("a")->text, "1");
  std::remove(path.c_str());
}

TEST(ReadInput, StopsAtTheLimitAndSaysWhy) {
  std::string path = temp_file("shifan_read_input_big.yaml", "a: 12345\n");
  ReadLimits limits;
  limits.max_bytes = 4;
  try {
    read_input(path, limits);
    ADD_FAILURE() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(std::string(error.what()), "无法读取 '" + path + "': 文件过大 (上限 4 字节)");
  }
  std::remove(path.c_str());
  EXPECT_THROW(read_input("/nonexistent/x.yaml"), Error);
}

// A regular file is read in one call sized by its length; longer or
// growing input continues in chunks: every size comes back whole.
TEST(ReadFile, ReadsEverySizeWhole) {
  const std::size_t sizes[] = {0, 1, 4095, 4096, 4097, 65'536, 200'001};
  for (std::size_t size : sizes) {
    std::string text(size, 'x');
    for (std::size_t i = 0; i < size; i += 7) {
      text[i] = static_cast<char>('a' + i % 26);
    }
    std::string path = temp_file("shifan_read_file_sizes.yaml", text);
    EXPECT_EQ(read_file(path, size), text) << size;
    std::remove(path.c_str());
  }
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
