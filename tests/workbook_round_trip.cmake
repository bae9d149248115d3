# CTest script: each example as a workbook (`shifan template --format xlsx
# --from EXAMPLE`, its class's template filled with its facts) scores exactly
# like the example itself (the same `--format json`, file names aside).
#   cmake -DSHIFAN=binary -DWORK=scratch dir -P tests/workbook_round_trip.cmake   (from the top folder)
file(MAKE_DIRECTORY ${WORK})
set(cases "examples/huangcun.yaml" "examples/tingxi.yaml" "examples/yunling.yaml" "examples/changqiao.json"
          "rubric/example-small.yaml:examples/other-rubric/xinan.yaml")
foreach(case ${cases})
  set(rubric_args "")
  set(example ${case})
  if(case MATCHES "^(.*):(.*)$")
    set(rubric_args --rubric ${CMAKE_MATCH_1})
    set(example ${CMAKE_MATCH_2})
  endif()
  get_filename_component(name ${example} NAME_WE)
  set(book ${WORK}/${name}.xlsx)
  execute_process(COMMAND ${SHIFAN} template ${rubric_args} --format xlsx --from ${example} -o ${book}
                  RESULT_VARIABLE code ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "${example}: template --from failed (${code}): ${err}")
  endif()
  execute_process(COMMAND ${SHIFAN} score ${rubric_args} --format json ${example} OUTPUT_VARIABLE expected)
  execute_process(COMMAND ${SHIFAN} score ${rubric_args} --format json ${book} OUTPUT_VARIABLE actual
                  ERROR_VARIABLE err)
  string(REPLACE "${example}" "FILE" expected "${expected}")
  string(REPLACE "${book}" "FILE" actual "${actual}")
  # Warnings (the last member) point at a line in one and a cell in the other: compare their messages only.
  foreach(side expected actual)
    string(REGEX REPLACE "\"(line|column|sheet)\":(\"[^\"]*\"|[0-9]+)," "" ${side} "${${side}}")
  endforeach()
  if(NOT expected STREQUAL actual OR expected STREQUAL "")
    message(FATAL_ERROR "${example}: the workbook scores differently\n${err}\n--- yaml ---\n${expected}\n--- xlsx ---\n${actual}")
  endif()
endforeach()
