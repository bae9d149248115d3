#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "shifan/document.h"

namespace shifan {

std::string read_file(const std::string& path, std::size_t max_bytes) {
  bool is_stdin = path == "-";
  std::string shown = is_stdin ? std::string("标准输入") : fmt::format("'{}'", path);
  auto fail = [&](int error) {
    return Error(fmt::format("无法读取 {}: {}", shown, std::strerror(error)));
  };
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(
      is_stdin ? stdin : std::fopen(path.c_str(), "rb"),
      is_stdin ? [](std::FILE*) { return 0; } : &std::fclose);
  if (!file) {
    throw fail(errno);
  }
  std::string text;
  char buffer[1 << 16];
  for (;;) {
    std::size_t got = std::fread(buffer, 1, sizeof buffer, file.get());
    if (got > max_bytes - std::min(text.size(), max_bytes)) {
      throw Error(fmt::format("无法读取 {}: 文件过大 (上限 {} 字节)", shown, max_bytes));
    }
    text.append(buffer, got);
    if (got < sizeof buffer) {
      if (std::ferror(file.get())) {
        throw fail(errno);
      }
      return text;
    }
  }
}

}  // namespace shifan
