score
--format
json
examples/huangcun.yaml
