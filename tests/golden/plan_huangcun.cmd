plan
examples/huangcun.yaml
