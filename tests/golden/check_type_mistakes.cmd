check
tests/data/rubrics/type-mistakes.yaml
