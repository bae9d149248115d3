score
examples/huangcun.yaml
--format
html
