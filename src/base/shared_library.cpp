#include "shared_library.h"

#include <dlfcn.h>

#include <fmt/format.h>

#include "shifan/diagnostic.h"

namespace shifan::detail {

SharedLibrary::SharedLibrary(std::string soname, std::string package)
    : m_soname(std::move(soname)), m_package(std::move(package)) {
  m_handle = dlopen(m_soname.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (m_handle == nullptr) {
    throw Error(fmt::format("无法载入 {} ({}): 请安装软件包 {}", m_soname, dlerror(), m_package));
  }
}

void* SharedLibrary::address(const char* name) const {
  void* symbol = dlsym(m_handle, name);
  if (symbol == nullptr) {
    throw Error(fmt::format("{} 中没有函数 {}: 请安装软件包 {} 的正确版本", m_soname, name, m_package));
  }
  return symbol;
}

}  // namespace shifan::detail
