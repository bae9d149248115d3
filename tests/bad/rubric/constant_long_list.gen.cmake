# A constant list of 150,000 entries (the list limit is 100,000).
file(READ ${CMAKE_CURRENT_LIST_DIR}/../../data/mini-rubric.yaml text)
string(REPEAT "    - 1\n" 150000 items)
string(REPLACE "  rate_goal: 0.98\n" "  rate_goal: 0.98\n  big:\n${items}" text "${text}")
file(WRITE ${OUT} "${text}")
