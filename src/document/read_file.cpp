#include <sys/stat.h>

#include <algorithm>
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

namespace {

// A regular file's size (0 when unknown: a pipe, a terminal), so that one
// read takes a whole station file.
std::size_t size_hint(std::FILE* file) {
  struct stat info {};
  return fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) : 0;
}

}  // namespace

std::string read_file(const std::string& path, std::size_t max_bytes) {
  bool is_stdin = path == "-";
  auto shown = [&] { return fmt::format("'{}'", input_name(path)); };  // only for a message
  auto fail = [&](int error) {
    return Error(fmt::format("无法读取 {}: {}", shown(), detail::os_error_text(error)));
  };
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(
      is_stdin ? stdin : std::fopen(path.c_str(), "rb"),
      is_stdin ? [](std::FILE*) { return 0; } : &std::fclose);
  if (!file) {
    throw fail(errno);
  }
  std::size_t chunk = 1 << 16;
  if (!is_stdin) {
    // Straight into the string, without the stream's own buffer in between;
    // one byte over the size, so the first read already sees the end.
    std::setvbuf(file.get(), nullptr, _IONBF, 0);
    chunk = std::max<std::size_t>(std::min(size_hint(file.get()), max_bytes) + 1, 4096);
  }
  std::string text;
  for (;;) {
    std::size_t before = text.size();
    text.resize(before + chunk);
    std::size_t got = std::fread(text.data() + before, 1, chunk, file.get());
    text.resize(before + got);
    if (text.size() > max_bytes) {
      throw Error(fmt::format("无法读取 {}: 文件过大 (上限 {} 字节)", shown(), max_bytes));
    }
    if (got < chunk) {
      if (std::ferror(file.get())) {
        throw fail(errno);
      }
      return text;
    }
    chunk = 1 << 16;
  }
}

Document read_input(const std::string& path, const ReadLimits& limits) {
  return read_document(input_name(path), read_file(path, limits.max_bytes), limits);
}

}  // namespace shifan
