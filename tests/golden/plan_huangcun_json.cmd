plan
--format
json
examples/huangcun.yaml
