# Runs one golden case: -DSHIFAN=binary -DCASE=tests/golden/NAME.cmd, from the
# project's top folder. NAME.cmd holds the arguments, one per line (a line
# `<FILE` feeds FILE to standard input instead). NAME.out holds stdout, the
# line `--- stderr ---`, stderr, and the line `--- exit N ---`.
# With the environment variable SHIFAN_UPDATE_GOLDEN=1 the .out is rewritten.
file(STRINGS ${CASE} lines ENCODING UTF-8)
set(args "")
set(input /dev/null)
foreach(line IN LISTS lines)
  if(line MATCHES "^<(.*)$")
    set(input ${CMAKE_MATCH_1})
  else()
    list(APPEND args "${line}")
  endif()
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -E env NO_COLOR=1 ${SHIFAN} ${args}
                INPUT_FILE ${input}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
set(actual "${out}--- stderr ---\n${err}--- exit ${code} ---\n")
string(REGEX REPLACE "\\.cmd$" ".out" expected_file ${CASE})
set(actual_file ${expected_file}.actual)
include(${CMAKE_CURRENT_LIST_DIR}/golden_compare.cmake)
