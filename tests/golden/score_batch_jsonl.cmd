score
examples/yunling.yaml
tests/data/batch/broken.yaml
examples/huangcun.yaml
--format
jsonl
