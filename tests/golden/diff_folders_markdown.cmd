diff
--format
markdown
tests/data/diff/before
tests/data/diff/after
