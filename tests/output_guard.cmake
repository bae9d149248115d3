# `shifan score -o FILE` refuses to overwrite an input: the same file through a
# symlink or a relative path, or the rubric, is exit 2 and the file stays as
# it was; an earlier result in the scored folder is skipped and replaced.
# Run: cmake -DSHIFAN=binary -DSOURCE=top folder -DWORK=dir -P tests/output_guard.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/泾县)
file(READ ${SOURCE}/examples/yunling.yaml station)
file(WRITE ${WORK}/泾县/yunling.yaml "${station}")
file(CREATE_LINK ${WORK}/泾县/yunling.yaml ${WORK}/link.yaml SYMBOLIC)
file(COPY ${SOURCE}/rubric/anhui-2024.yaml DESTINATION ${WORK})

# Each case: the arguments after `shifan score`, separated by spaces, run in ${WORK}.
set(cases
    "泾县/yunling.yaml -o link.yaml --format json"
    "link.yaml -o ./泾县/../泾县/yunling.yaml --format json"
    "泾县 -o 泾县/yunling.yaml"
    "泾县/yunling.yaml --rubric anhui-2024.yaml -o anhui-2024.yaml")
foreach(shown IN LISTS cases)
  separate_arguments(case UNIX_COMMAND "${shown}")
  execute_process(COMMAND ${SHIFAN} score ${case} WORKING_DIRECTORY ${WORK}
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  file(READ ${WORK}/泾县/yunling.yaml kept)
  file(READ ${WORK}/anhui-2024.yaml kept_rubric)
  file(READ ${SOURCE}/rubric/anhui-2024.yaml rubric)
  if(NOT code STREQUAL "2" OR NOT kept STREQUAL station OR NOT kept_rubric STREQUAL rubric)
    message(FATAL_ERROR "shifan score ${shown}: exit ${code}, input changed or not refused\n${err}")
  endif()
  if(NOT err MATCHES "^shifan: -o '[^']+' 就是(输入|细则)文件 '[^']+': 不会覆盖它, 请另选输出文件\n$"
     OR NOT out STREQUAL "")
    message(FATAL_ERROR "shifan score ${shown}: unexpected output\n${out}\n${err}")
  endif()
endforeach()

# A result written into the folder it scores: the next run skips and replaces it.
foreach(run 1 2)
  execute_process(COMMAND ${SHIFAN} score 泾县 -o 泾县/结果.json --format json WORKING_DIRECTORY ${WORK}
                  RESULT_VARIABLE code ERROR_VARIABLE err)
  if(NOT code STREQUAL "0" OR err MATCHES "结果")  # yunling's warnings may be printed
    message(FATAL_ERROR "run ${run} into the scored folder: exit ${code}\n${err}")
  endif()
endforeach()
file(READ ${WORK}/泾县/结果.json result)
if(NOT result MATCHES "^\\[\n{\"file\":\"泾县/yunling.yaml\",[^\n]*}\n\\]\n$")
  message(FATAL_ERROR "the second run's result is not one array of one station:\n${result}")
endif()

# `shifan template --from FILE -o FILE` would replace the station file by its workbook.
execute_process(COMMAND ${SHIFAN} template --format xlsx --from link.yaml -o 泾县/yunling.yaml
                WORKING_DIRECTORY ${WORK} RESULT_VARIABLE code ERROR_VARIABLE err)
file(READ ${WORK}/泾县/yunling.yaml kept)
if(NOT code STREQUAL "2" OR NOT kept STREQUAL station)
  message(FATAL_ERROR "template --from onto its input: exit ${code}\n${err}")
endif()
