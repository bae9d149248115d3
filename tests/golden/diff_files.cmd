diff
examples/huangcun.yaml
tests/data/diff/after/huangcun.yaml
