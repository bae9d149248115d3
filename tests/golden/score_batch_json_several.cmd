score
examples/yunling.yaml
examples/huangcun.yaml
--format
json
