score
tests/data/skip
--format
csv
--no-bom
