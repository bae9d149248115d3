diff
tests/data/diff/saved-before.jsonl
tests/data/diff/saved-after.json
