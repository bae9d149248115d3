# Runs one bad-input case: -DSHIFAN=binary -DCASE=tests/bad/KIND/NAME.EXT
# -DWORK=scratch folder, from the project's top folder. KIND is `station`
# (`shifan score NAME.EXT`) or `rubric` (`shifan score --rubric NAME.EXT`
# on tests/bad/mini-station.yaml). A case NAME.gen.cmake instead writes its input
# to ${OUT} at test time (large or binary files kept out of git); the input
# is then NAME.yaml in WORK (NAME.xlsx for NAME.xlsx.gen.cmake, which may use
# tests/bad/workbook.cmake to zip its parts). NAME.out holds stdout, `--- stderr ---`, stderr
# and `--- exit N ---`; SHIFAN_UPDATE_GOLDEN=1 rewrites it.
cmake_minimum_required(VERSION 3.25)
get_filename_component(dir ${CASE} DIRECTORY)
get_filename_component(kind ${dir} NAME)
get_filename_component(file ${CASE} NAME)
if(file MATCHES "^(.*)\\.gen\\.cmake$")
  set(name ${CMAKE_MATCH_1})
  # NAME.xlsx.gen.cmake writes a workbook, NAME.xlsx.
  set(extension yaml)
  if(name MATCHES "^(.*)\\.xlsx$")
    set(name ${CMAKE_MATCH_1})
    set(extension xlsx)
  endif()
  set(OUT ${WORK}/${kind}/${name}.${extension})
  file(MAKE_DIRECTORY ${WORK}/${kind})
  set(case_name ${name})
  include(${CASE})  # may set variables of its own
  set(name ${case_name})
  set(input ${name}.${extension})
  set(cwd ${WORK}/${kind})
else()
  string(REGEX REPLACE "\\.[^.]*$" "" name ${file})
  set(input ${file})
  set(cwd ${dir})
endif()
if(kind STREQUAL "rubric")
  file(COPY ${CMAKE_CURRENT_LIST_DIR}/bad/mini-station.yaml DESTINATION ${WORK})
  set(args score --rubric ${input} ../mini-station.yaml)
else()
  set(args score ${input})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env NO_COLOR=1 ${SHIFAN} ${args}
                WORKING_DIRECTORY ${cwd} TIMEOUT 600
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
set(actual "${out}--- stderr ---\n${err}--- exit ${code} ---\n")
set(expected_file ${dir}/${name}.out)
set(actual_file ${WORK}/${kind}-${name}.out.actual)
include(${CMAKE_CURRENT_LIST_DIR}/golden_compare.cmake)
