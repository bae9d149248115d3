score
tests/data/batch
examples/huangcun.yaml
--format
junit
