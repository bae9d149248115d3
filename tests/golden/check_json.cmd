check
tests/data/rubrics/lint.yaml
--format
json
