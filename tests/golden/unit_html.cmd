score
--rubric
tests/data/rubrics/unit-identity.yaml
tests/data/unit-identity
--format
html
