# A station name of 2 MiB (the string limit is 1 MiB).
string(REPEAT "黄村司法所黄村司法所黄村司法所黄村司法所黄村司法所黄村司法所黄村司法所黄村司法所" 1024 block)
string(REPEAT "${block}" 12 long_name)
file(WRITE ${OUT} "version: 1\nstation:\n  name: ${long_name}\n  class: 二类\n  assessed_on: 2024-05-20\n")
