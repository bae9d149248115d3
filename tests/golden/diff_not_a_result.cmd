diff
tests/data/diff/not-a-result.jsonl
examples/huangcun.yaml
