score
-j
0
examples/yunling.yaml
