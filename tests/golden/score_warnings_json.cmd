score
--format
json
tests/data/station-warnings.yaml
