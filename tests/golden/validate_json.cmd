validate
examples/yunling.yaml
tests/data/batch/broken.yaml
--format
json
