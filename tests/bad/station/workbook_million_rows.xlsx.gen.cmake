# 1,100,000 empty rows: bounded (Excel's 1,048,576 rows), not a hang.
include(${CMAKE_CURRENT_LIST_DIR}/../workbook.cmake)
string(REPEAT "<row/>" 1100000 rows)
shifan_workbook(${OUT} 事实 "${rows}")
