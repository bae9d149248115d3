validate
tests/data/skip
