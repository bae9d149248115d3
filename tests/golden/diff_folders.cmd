diff
tests/data/diff/before
tests/data/diff/after
