# `shifan score -j 4` writes byte for byte what `-j 1` does, in every format:
# stdout (or the -o file), stderr (the problems of invalid files, in input
# order) and the exit code, for a folder of valid and invalid stations.
# Run: cmake -DSHIFAN=binary -DWORK=dir -P tests/parallel_output.cmake, from the top folder.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/in)
file(GLOB stations examples/*.yaml examples/*.json)
file(GLOB bad tests/bad/station/date_*.yaml tests/bad/station/date_*.json tests/bad/station/encoding_*.yaml)
foreach(copy a b c)
  foreach(station IN LISTS stations bad)
    get_filename_component(name ${station} NAME)
    file(COPY_FILE ${station} ${WORK}/in/${copy}-${name})
  endforeach()
endforeach()
foreach(format text json jsonl csv markdown junit html xlsx)
  set(output)
  foreach(jobs 1 4)
    # A workbook records when it was made: the same second for both runs.
    execute_process(COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=1700000000 ${SHIFAN} score ${WORK}/in --format ${format} -j ${jobs} -o ${WORK}/out-${jobs}
                    RESULT_VARIABLE code_${jobs} ERROR_VARIABLE err_${jobs})
    file(READ ${WORK}/out-${jobs} out_${jobs} HEX)
  endforeach()
  if(NOT out_1 STREQUAL out_4)
    message(FATAL_ERROR "--format ${format}: -j 4 wrote other bytes than -j 1")
  endif()
  if(NOT err_1 STREQUAL err_4 OR NOT code_1 STREQUAL code_4)
    message(FATAL_ERROR "--format ${format}: -j 4 (exit ${code_4}) told other problems than -j 1 (exit ${code_1}):\n${err_4}")
  endif()
  if(err_1 STREQUAL "" OR out_1 STREQUAL "")
    message(FATAL_ERROR "--format ${format}: no problems or no output, the test tests nothing")
  endif()
endforeach()
