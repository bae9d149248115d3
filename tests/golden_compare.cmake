# Compares `actual` with the file `expected_file` (included by golden.cmake
# and bad.cmake). With SHIFAN_UPDATE_GOLDEN=1 the file is rewritten instead;
# on a mismatch `actual` is written to `actual_file` and the diff shown.
if("$ENV{SHIFAN_UPDATE_GOLDEN}" STREQUAL "1")
  file(WRITE ${expected_file} "${actual}")
  return()
endif()
if(NOT EXISTS ${expected_file})
  message(FATAL_ERROR "missing ${expected_file}; run tests/update-golden")
endif()
file(READ ${expected_file} expected)
if(NOT actual STREQUAL expected)
  file(WRITE ${actual_file} "${actual}")
  execute_process(COMMAND diff -u ${expected_file} ${actual_file})
  message(FATAL_ERROR "golden mismatch: ${expected_file} (actual in ${actual_file})")
endif()
