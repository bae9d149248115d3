# 200,000 entries in one list (the limit is 100,000 entries).
string(REPEAT "  - 档案室\n" 200000 items)
file(WRITE ${OUT} "version: 1\nstation:\n  name: 黄村司法所\n  class: 二类\n  assessed_on: 2024-05-20\nfacilities:\n  functions:\n${items}")
