#include "os_error.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>

namespace shifan::detail {
namespace {

TEST(OsError, SaysWhatAUserMeetsInChinese) {
  EXPECT_EQ(os_error_text(ENOENT), "文件不存在");
  EXPECT_EQ(os_error_text(EACCES), "没有读取权限");
  EXPECT_EQ(os_error_text(EPERM), "没有读取权限");
  EXPECT_EQ(os_error_text(EISDIR), "这是一个目录");
  EXPECT_EQ(os_error_text(ENOTDIR), "路径中有一段不是目录");
}

TEST(OsError, FallsBackToTheSystemText) {
  EXPECT_EQ(os_error_text(EIO), std::strerror(EIO));
}

}  // namespace
}  // namespace shifan::detail
