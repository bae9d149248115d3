# One switch for warnings: every target of ours links shifan_warnings.
add_library(shifan_warnings INTERFACE)
target_compile_options(shifan_warnings INTERFACE
  -Wall -Wextra -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wpedantic)
# GCC 12 at -O3 (Release) warns of libstdc++'s own string code wherever a
# literal is prepended, as in "'" + std::string(text) (GCC bug 105651, fixed in 13).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(shifan_warnings INTERFACE -Wno-restrict)
endif()
if(SHIFAN_WERROR)
  target_compile_options(shifan_warnings INTERFACE -Werror)
endif()
