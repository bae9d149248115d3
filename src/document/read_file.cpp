#include <cerrno>
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "os_error.h"
#include "shifan/document.h"

namespace shifan {

std::string input_name(const std::string& path) {
  return path == "-" ? std::string(k_stdin_name) : path;
}

std::string read_file(const std::string& path, std::size_t max_bytes) {
  bool is_stdin = path == "-";
  std::string shown = fmt::format("'{}'", input_name(path));
  auto fail = [&](int error) {
    return Error(fmt::format("无法读取 {}: {}", shown, detail::os_error_text(error)));
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

Document read_input(const std::string& path, const ReadLimits& limits) {
  return read_document(input_name(path), read_file(path, limits.max_bytes), limits);
}

}  // namespace shifan
