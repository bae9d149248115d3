# CMake script: the man page shifan(1), written by help2man from the binary's
# own --help (and each subcommand's), so the options have one source.
#   cmake -DSHIFAN=<binary> -DHELP2MAN=<help2man> -DINCLUDE=<.h2m> -DOUTPUT=<shifan.1> -P ManPage.cmake
execute_process(COMMAND ${SHIFAN} --help OUTPUT_VARIABLE help RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${SHIFAN} --help failed")
endif()

# The subcommands, as `shifan --help` lists them, each with its own help.
string(REGEX REPLACE ".*\n命令:\n" "" commands "${help}")
string(REGEX REPLACE "\n\n.*" "" commands "${commands}")
string(REGEX MATCHALL "(^|\n)  [a-z]+" commands "${commands}")
file(READ ${INCLUDE} sections)
string(APPEND sections "[子命令]\n")
foreach(command ${commands})
  string(STRIP "${command}" command)
  execute_process(COMMAND ${SHIFAN} ${command} --help OUTPUT_VARIABLE text)
  # roff: a leading dot or quote and backslashes must not be read as requests.
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  string(APPEND sections ".SS shifan ${command}\n.nf\n${text}.fi\n")
endforeach()
get_filename_component(dir ${OUTPUT} DIRECTORY)
file(WRITE ${dir}/shifan.h2m "${sections}")

# help2man finds the synopsis and the options by the English headings
# "Usage:" and "Options:"; it reads the help through a wrapper that puts them
# back (the page's headings are made Chinese again below).
file(WRITE ${dir}/wrapper/shifan
     "#!/bin/sh\n\"${SHIFAN}\" \"$@\" | sed -e 's/^用法:/Usage:/' -e 's/^选项:$/Options:/'\n")
file(CHMOD ${dir}/wrapper/shifan PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
     WORLD_READ WORLD_EXECUTE)
execute_process(
  COMMAND ${HELP2MAN} --no-info --no-discard-stderr --locale=C.UTF-8 --section=1
          --include=${dir}/shifan.h2m --output=${OUTPUT} ${dir}/wrapper/shifan
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "help2man failed")
endif()
# help2man's own headings, in the page's language.
file(READ ${OUTPUT} page)
foreach(pair "NAME;名称" "SYNOPSIS;概述" "DESCRIPTION;描述" "OPTIONS;选项")
  list(GET pair 0 english)
  list(GET pair 1 chinese)
  string(REPLACE "\n.SH ${english}\n" "\n.SH ${chinese}\n" page "${page}")
endforeach()
string(REPLACE "\"User Commands\"" "\"用户命令\"" page "${page}")
file(WRITE ${OUTPUT} "${page}")
