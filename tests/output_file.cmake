# `shifan score -o FILE`: the file holds exactly what stdout would, and a run
# that fails (here: an unreadable rubric) leaves an old file as it was.
# Run: cmake -DSHIFAN=binary -DWORK=dir -P tests/output_file.cmake, from the top folder.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(args score examples/yunling.yaml examples/tingxi.yaml --format markdown)
execute_process(COMMAND ${SHIFAN} ${args} OUTPUT_VARIABLE expected RESULT_VARIABLE code)
execute_process(COMMAND ${SHIFAN} ${args} -o ${WORK}/report.md OUTPUT_VARIABLE out RESULT_VARIABLE code_o)
file(READ ${WORK}/report.md written)
if(NOT written STREQUAL expected OR NOT out STREQUAL "" OR NOT code STREQUAL code_o)
  message(FATAL_ERROR "-o differs from stdout (exit ${code} vs ${code_o})")
endif()
file(GLOB leftovers ${WORK}/.*)
if(leftovers)
  message(FATAL_ERROR "temporary files left: ${leftovers}")
endif()
file(WRITE ${WORK}/report.md "old report\n")
execute_process(COMMAND ${SHIFAN} ${args} --rubric ${WORK}/missing.yaml -o ${WORK}/report.md
                RESULT_VARIABLE code ERROR_VARIABLE err)
file(READ ${WORK}/report.md kept)
if(NOT code STREQUAL "2" OR NOT kept STREQUAL "old report\n")
  message(FATAL_ERROR "a failed run changed the old file (exit ${code}): ${kept}")
endif()
