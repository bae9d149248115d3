score
examples/huangcun.yaml
--format
markdown
