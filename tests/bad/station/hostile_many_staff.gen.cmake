# 50,000 staff records, each complete: a big but legal file that must score quickly.
string(REPEAT "  - {name: 张某, role: 工作人员, full_time: true, on_establishment: true, education: 本科, law_background: true, trainings: [], sanctions: []}\n" 50000 staff)
file(WRITE ${OUT} "version: 1\nstation:\n  name: 黄村司法所\n  class: 二类\n  assessed_on: 2024-05-20\nstaff:\n${staff}")
