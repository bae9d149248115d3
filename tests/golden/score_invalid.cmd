score
tests/data/station-typos.yaml
