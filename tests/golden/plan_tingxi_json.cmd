plan
--format
json
examples/tingxi.yaml
