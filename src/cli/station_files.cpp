#include "station_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <optional>
#include <ostream>
#include <set>
#include <utility>

#include "shifan/diagnostic.h"

namespace shifan::detail {

namespace fs = std::filesystem;

namespace {

using DirectoryId = std::pair<dev_t, ino_t>;

// The directory's identity after following symlinks, or nullopt when `path`
// is not a directory.
std::optional<DirectoryId> directory_id(const fs::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
    return std::nullopt;
  }
  return DirectoryId{info.st_dev, info.st_ino};
}

class DirectoryWalk {
 public:
  explicit DirectoryWalk(std::ostream& err) : m_err(err) {}

  void walk(const fs::path& directory, DirectoryId id) {
    if (!m_seen.insert(id).second) {
      m_err << "跳过已搜索过的目录 '" << directory.string() << "' (符号链接循环或重复链接)\n";
      return;
    }
    std::error_code error;
    fs::directory_iterator it(directory, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      // The entry's type comes from the listing, after following symlinks:
      // a plain file costs no stat (a county's folder has thousands).
      const fs::path& path = it->path();
      std::error_code ignored;
      if (it->is_directory(ignored)) {
        if (std::optional<DirectoryId> child = directory_id(path)) {
          walk(path, *child);
        }
      } else if (is_station_file_name(path.filename().string())) {
        if (it->is_regular_file(ignored)) {
          m_files.push_back(path.string());
        } else {  // a FIFO would block; a broken link has nothing to read
          m_err << "跳过 '" << path.string() << "': "
                << (it->is_symlink(ignored) && !it->exists(ignored) ? "链接指向的文件不存在" : "不是普通文件")
                << '\n';
        }
      }
    }
    if (error) {
      throw Error("无法读取目录 '" + directory.string() + "': " + error.message());
    }
  }

  std::vector<std::string> take() {
    std::sort(m_files.begin(), m_files.end());
    return std::move(m_files);
  }

 private:
  std::ostream& m_err;
  std::set<DirectoryId> m_seen;
  std::vector<std::string> m_files;
};

constexpr std::array<std::string_view, 4> k_extensions = {".yaml", ".yml", ".json", ".xlsx"};

}  // namespace

bool is_station_file_name(const std::string& path) {
  std::string lower = path;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  if (lower.starts_with("~$") || lower.find("/~$") != std::string::npos) {
    return false;  // Excel's and WPS's lock file beside an open workbook
  }
  return std::any_of(k_extensions.begin(), k_extensions.end(),
                     [&](std::string_view ext) { return lower.ends_with(ext) && lower.size() > ext.size(); });
}

std::vector<std::string> station_files(const std::string& argument, std::ostream& err) {
  std::optional<DirectoryId> id = argument == "-" ? std::nullopt : directory_id(argument);
  if (!id) {
    return {argument};
  }
  DirectoryWalk walk(err);
  walk.walk(argument, *id);
  return walk.take();
}

std::vector<StationFile> expand_arguments(const std::vector<std::string>& arguments, std::ostream& err) {
  std::vector<StationFile> files;
  for (const std::string& argument : arguments) {
    bool directory = argument != "-" && directory_id(argument).has_value();
    for (std::string& path : station_files(argument, err)) {
      files.push_back({std::move(path), directory});
    }
  }
  return files;
}

bool several_records(const std::vector<StationFile>& files) {
  return files.size() != 1 || files.front().found;
}

std::string station_extensions() {
  std::string out;
  for (std::string_view ext : k_extensions) {
    out.append(out.empty() ? "" : " ").append(ext);
  }
  return out;
}

}  // namespace shifan::detail
