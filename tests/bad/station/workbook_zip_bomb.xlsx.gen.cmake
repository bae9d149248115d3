# A sheet that expands to 40 MB (past the 32 MB limit for one part) from a
# small archive: reading stops at the limit.
include(${CMAKE_CURRENT_LIST_DIR}/../workbook.cmake)
string(REPEAT "                                        " 1000000 padding)
shifan_workbook(${OUT} 事实 "${padding}")
