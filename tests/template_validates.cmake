# `shifan template | shifan validate -` must pass, in each format and with
# --class: the template is a valid station file. -DSHIFAN=binary.
foreach(args "template" "template;--format;json" "template;--class;三类")
  execute_process(COMMAND ${SHIFAN} ${args}
                  COMMAND ${SHIFAN} validate -
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULTS_VARIABLE codes)
  if(NOT codes STREQUAL "0;0" OR NOT out STREQUAL "<stdin>: 有效\n")
    message(FATAL_ERROR "shifan ${args} | shifan validate - failed (${codes}):\n${out}${err}")
  endif()
endforeach()
