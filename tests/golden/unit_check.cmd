check
tests/data/rubrics/unit-identity.yaml
