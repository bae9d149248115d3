# 100,000 nested flow lists.
string(REPEAT "[" 100000 open)
string(REPEAT "]" 100000 close)
file(WRITE ${OUT} "version: 1\nstation: ${open}${close}\n")
