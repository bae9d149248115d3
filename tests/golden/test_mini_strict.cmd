test
tests/data/rubrics/mini.yaml
--cases
tests/data/rubrics/strict.cases
--strict
