rubric
--rubric
tests/data/rubrics/unit-identity.yaml
