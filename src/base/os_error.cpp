#include "os_error.h"

#include <cerrno>
#include <cstring>

namespace shifan::detail {

std::string os_error_text(int error) {
  switch (error) {
    case ENOENT:
      return "文件不存在";
    case EACCES:
    case EPERM:
      return "没有读取权限";
    case EISDIR:
      return "这是一个目录";
    case ENOTDIR:
      return "路径中有一段不是目录";
    default:
      return std::strerror(error);
  }
}

}  // namespace shifan::detail
