#include "shared_library.h"

#include <gtest/gtest.h>

#include <cstring>

#include "shifan/diagnostic.h"

namespace shifan::detail {
namespace {

TEST(SharedLibrary, LoadsAFunctionByName) {
  SharedLibrary libc("libc.so.6", "libc6");
  auto length = libc.function<decltype(&std::strlen)>("strlen");
  EXPECT_EQ(length("司法所"), 9U);
}

// A missing library is an installation problem: say which file and which
// Debian package brings it.
TEST(SharedLibrary, AMissingLibraryNamesItsPackage) {
  try {
    SharedLibrary missing("libshifan-missing.so.9", "libshifan-missing9");
    FAIL() << "loaded a library that does not exist";
  } catch (const Error& error) {
    std::string message = error.what();
    EXPECT_NE(message.find("无法载入 libshifan-missing.so.9"), std::string::npos) << message;
    EXPECT_NE(message.find("请安装软件包 libshifan-missing9"), std::string::npos) << message;
  }
}

TEST(SharedLibrary, AMissingFunctionIsAnError) {
  SharedLibrary libc("libc.so.6", "libc6");
  EXPECT_THROW(libc.function<void (*)()>("shifan_no_such_function"), Error);
}

}  // namespace
}  // namespace shifan::detail
