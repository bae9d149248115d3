# A script that checks `shifan score`'s exit status must not take "nothing
# scored" for success: an empty folder, a folder of other files and a missing
# file each fail (exit 2) with a message, through a shell's `if`.
# Run: cmake -DSHIFAN=binary -DWORK=dir -P tests/no_station_files.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/empty ${WORK}/others)
file(WRITE ${WORK}/others/notes.txt "not a station\n")
file(WRITE ${WORK}/others/结果.json "{\"file\":\"a.yaml\",\"verdict\":\"eligible\"}\n")
foreach(command "score empty" "score others" "score missing.yaml" "validate empty" "score empty --format json")
  execute_process(
    COMMAND sh -c "if \"$0\" ${command} >out.txt 2>err.txt; then echo passed; else echo failed $?; fi" ${SHIFAN}
    WORKING_DIRECTORY ${WORK} OUTPUT_VARIABLE verdict)
  file(READ ${WORK}/out.txt out)
  file(READ ${WORK}/err.txt err)
  if(NOT verdict STREQUAL "failed 2\n")
    message(FATAL_ERROR "shifan ${command}: the script's if saw '${verdict}'\n${err}")
  endif()
  if(NOT out STREQUAL "" OR NOT err MATCHES "(没有找到司法所文件 \\(\\.yaml \\.yml \\.json \\.xlsx\\)|文件不存在)\n$")
    message(FATAL_ERROR "shifan ${command}: unexpected output\n${out}\n--- stderr ---\n${err}")
  endif()
endforeach()
