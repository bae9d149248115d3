test
tests/data/rubrics/mini.yaml
--cases
tests/data/rubrics/bad.cases
