validate
tests/data/station-typos.yaml
examples/yunling.yaml
