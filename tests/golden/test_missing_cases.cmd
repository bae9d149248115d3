test
--cases
tests/data/no-such-dir
