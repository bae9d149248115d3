validate
--complete
--rubric
tests/data/rubrics/unit-identity.yaml
tests/data/unit-identity/west.yaml
