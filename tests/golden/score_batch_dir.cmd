score
tests/data/batch
