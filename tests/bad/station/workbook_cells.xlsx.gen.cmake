# A workbook with bad cells, each reported at its cell: a bool that is not
# 是/否, a training for a person not in 工作人员 (did you mean), a number with
# float noise (0.30000000000000004 reads as 0.3, not a multiple of 0.5), an
# exponent (1E-3 reads as 0.001, too many decimals), a text date, an error value.
include(${CMAKE_CURRENT_LIST_DIR}/../workbook.cmake)
shifan_station_facts(facts)
shifan_row(h 1 姓名 职务 专职 "占用政法专项编制(在职在编)" 职级 文化程度 具有法律专业背景 业务培训)
shifan_row(p2 2 张某某 所长 是 是 - 本科 否 有)
shifan_row(p3 3 李某 工作人员 对 TRUE - 大专 FALSE 无)
set(staff "${h}${p2}${p3}")
shifan_row(t1 1 工作人员姓名 培训日期 培训天数 培训小时数)
shifan_row(t2 2 张某某 2024/3/18 =number:0.30000000000000004)
shifan_row(t6 6 张某某 2024年1月8日 =number:3.5)
shifan_row(t3 3 张某 2024年1月8日 =number:1)
shifan_row(t4 4 张某某 2023-13-01 - =number:1E-3)
set(error_cell "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>张某某</t></is></c><c r=\"B5\" t=\"e\"><v>#N/A</v></c><c r=\"C5\"><v>1</v></c></row>")
shifan_workbook(${OUT} 事实 "${facts}" 工作人员 "${staff}" 业务培训 "${t1}${t2}${t3}${t4}${error_cell}${t6}")
