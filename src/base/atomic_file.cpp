#include "atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "shifan/diagnostic.h"

namespace shifan::detail {

namespace {

std::string os_reason() { return std::strerror(errno); }

// A temporary file that removes itself unless committed.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& target) {
    std::filesystem::path path(target);
    std::string name = (path.parent_path() / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
    std::vector<char> buffer(name.begin(), name.end());
    buffer.push_back('\0');
    int fd = ::mkstemp(buffer.data());
    if (fd < 0) {
      throw Error("无法写入 '" + target + "': " + os_reason());
    }
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, static_cast<mode_t>(0666 & ~mask));
    ::close(fd);
    m_path = buffer.data();
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (!m_path.empty()) {
      std::remove(m_path.c_str());
    }
  }

  const std::string& path() const { return m_path; }
  void commit(const std::string& target) {
    if (std::rename(m_path.c_str(), target.c_str()) != 0) {
      throw Error("无法写入 '" + target + "': " + os_reason());
    }
    m_path.clear();
  }

 private:
  std::string m_path;
};

}  // namespace

void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  TemporaryFile temporary(path);
  {
    std::ofstream out(temporary.path(), std::ios::binary | std::ios::trunc);
    write(out);
    out.close();
    if (out.fail()) {
      throw Error("无法写入 '" + path + "'");
    }
  }
  temporary.commit(path);
}

}  // namespace shifan::detail
