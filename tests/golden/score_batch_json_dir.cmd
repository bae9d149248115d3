score
tests/data/batch
--format
json
