test
tests/data/rubrics/mini.yaml
