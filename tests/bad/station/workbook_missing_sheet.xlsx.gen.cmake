# A workbook without the 事实 sheet, and a sheet shifan does not know.
include(${CMAKE_CURRENT_LIST_DIR}/../workbook.cmake)
shifan_row(r1 1 姓名)
shifan_workbook(${OUT} Sheet1 "${r1}" 工作人员 "${r1}")
