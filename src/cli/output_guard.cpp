#include "output_guard.h"

#include <sys/stat.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "other_files.h"
#include "shifan/diagnostic.h"

namespace shifan::detail {

namespace {

using FileId = std::pair<dev_t, ino_t>;

std::optional<FileId> file_id(const std::string& path) {
  struct stat info {};
  if (path.empty() || path == "-" || ::stat(path.c_str(), &info) != 0) {
    return std::nullopt;
  }
  return FileId{info.st_dev, info.st_ino};
}

[[noreturn]] void refuse(const std::string& output, const std::string& what, const std::string& input) {
  throw Error("-o '" + output + "' 就是" + what + " '" + input + "': 不会覆盖它, 请另选输出文件");
}

}  // namespace

void guard_output(const std::string& output, const std::string& rubric, std::vector<StationFile>& files) {
  std::optional<FileId> target = file_id(output);
  if (!target) {
    return;
  }
  if (file_id(rubric) == target) {
    refuse(output, "细则文件", rubric);
  }
  for (const StationFile& file : files) {
    if (file_id(file.path) == target && !(file.found && other_file_kind(file.path) == "shifan 的评分结果")) {
      refuse(output, "输入文件", file.path);
    }
  }
  std::erase_if(files, [&](const StationFile& file) { return file_id(file.path) == target; });
}

}  // namespace shifan::detail
