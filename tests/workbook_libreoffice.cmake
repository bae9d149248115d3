# CTest script: LibreOffice (a reader we did not write) opens the template
# and the results workbook, and reads the values shifan wrote. One soffice
# run converts every sheet of both to CSV. Skipped when soffice is missing
# (Debian: libreoffice-calc-nogui; .ci/run installs it).
#   cmake -DSHIFAN=binary -DWORK=scratch dir -P tests/workbook_libreoffice.cmake   (from the top folder)
find_program(SOFFICE soffice)
if(NOT SOFFICE)
  message("SKIPPED: soffice not found (apt-get install libreoffice-calc-nogui)")
  return()
endif()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/csv)
execute_process(COMMAND ${SHIFAN} template --format xlsx --class 二类 --from examples/huangcun.yaml
                        -o ${WORK}/template.xlsx COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${SHIFAN} score --format xlsx examples/huangcun.yaml examples/tingxi.yaml
                        -o ${WORK}/results.xlsx ERROR_QUIET)
# The CSV filter's 12th token -1: every sheet, as NAME-SHEET.csv.
execute_process(COMMAND ${SOFFICE} -env:UserInstallation=file://${WORK}/profile --headless
                        "--convert-to" "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
                        --outdir ${WORK}/csv ${WORK}/template.xlsx ${WORK}/results.xlsx
                TIMEOUT 300 OUTPUT_QUIET ERROR_QUIET COMMAND_ERROR_IS_FATAL ANY)

# expect(SHEET_CSV LINE...): each line appears in the sheet's CSV as LibreOffice read it.
function(expect file)
  if(NOT EXISTS ${WORK}/csv/${file})
    message(FATAL_ERROR "LibreOffice wrote no ${file}")
  endif()
  file(READ ${WORK}/csv/${file} text)
  foreach(line ${ARGN})
    string(FIND "${text}" "${line}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${file}: no '${line}' in\n${text}")
    endif()
  endforeach()
endfunction()

expect(template-事实.csv "事实,名称,值,说明" "station.name,司法所基本情况 / 司法所名称,黄村司法所,"
       "station.assessed_on,司法所基本情况 / 评定基准日,2024-05-20," "management.vertical_management,"
       "facilities.office_area_m2,业务用房与装备 / 业务用房面积(m²),180," "staff,工作人员,有,")
expect(template-工作人员.csv "姓名,职务,专职," "胡某某,所长,是,是,")
expect(template-业务培训.csv "工作人员姓名,培训日期,培训天数,培训小时数" "章某某,2024-01-08,,30")
expect(template-自评得分.csv "编号,评分项,分值,得分,说明")
expect(results-汇总.csv "文件,司法所,县区,类别,总分下限,总分上限,结论,一票否决"
       "examples/huangcun.yaml,黄村司法所,泾县,二类,83.5,83.5,不符合,," "examples/tingxi.yaml,汀溪司法所,泾县,三类,97,97,不符合,V6,")
expect(results-黄村司法所.csv "类别,编号,项目,分值,得分,得分上限,说明" "总分,,,,83.5,83.5")
