# A rule of 100,000 characters (the expression limit is 64 KiB).
file(READ ${CMAKE_CURRENT_LIST_DIR}/../../data/mini-rubric.yaml text)
string(REPEAT " || disputes == 1" 6000 long)
string(REPLACE "gate: staff.exists(s, s.full_time)" "gate: disputes == 0${long}" text "${text}")
file(WRITE ${OUT} "${text}")
