validate
tests/data/station-warnings.yaml
