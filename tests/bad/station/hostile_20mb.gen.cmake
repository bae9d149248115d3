# A 20 MiB station file: one comment line repeated past the 16 MiB limit.
string(REPEAT "# 注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释注释\n" 1024 block)
file(WRITE ${OUT} "version: 1\n")
foreach(i RANGE 1 341)
  file(APPEND ${OUT} "${block}")
endforeach()
