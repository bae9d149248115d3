template
--rubric
tests/data/rubrics/unit-identity.yaml
--assessed-on
2024-05-20
--class
乙级
