# An XML entity (the billion laughs' start): a DTD is refused before parsing.
include(${CMAKE_CURRENT_LIST_DIR}/../workbook.cmake)
set(SHIFAN_WORKBOOK_XML "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;\">]><workbook><sheets><sheet name=\"&b;\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
shifan_workbook(${OUT} 事实 "<row/>")
