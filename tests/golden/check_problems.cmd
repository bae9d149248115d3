check
tests/data/rubrics/lint.yaml
tests/data/rubrics/broken.yaml
