// Operating-system errors (errno) in words for a message.
#pragma once

#include <string>

namespace shifan::detail {

// Why a file could not be read, from `error` (an errno value): in Chinese where
// a user meets it ("文件不存在", "没有读取权限", "这是一个目录"), else the C library's text.
std::string os_error_text(int error);

}  // namespace shifan::detail
