score
--format
json
examples/yunling.yaml
