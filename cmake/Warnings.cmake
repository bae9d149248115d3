# One switch for warnings: every target of ours links shifan_warnings.
add_library(shifan_warnings INTERFACE)
target_compile_options(shifan_warnings INTERFACE
  -Wall -Wextra -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wpedantic)
if(SHIFAN_WERROR)
  target_compile_options(shifan_warnings INTERFACE -Werror)
endif()
