validate
examples/yunling.yaml
examples/huangcun.yaml
