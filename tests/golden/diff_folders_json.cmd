diff
--format
json
tests/data/diff/before
tests/data/diff/after
