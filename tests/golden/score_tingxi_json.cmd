score
--format
json
examples/tingxi.yaml
