diff
tests/data/diff/nonexistent.yaml
examples/huangcun.yaml
