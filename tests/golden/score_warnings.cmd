score
tests/data/station-warnings.yaml
