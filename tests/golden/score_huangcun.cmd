score
examples/huangcun.yaml
