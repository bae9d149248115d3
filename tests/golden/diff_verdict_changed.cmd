diff
--new-stage
review
tests/data/diff/before
tests/data/diff/after
