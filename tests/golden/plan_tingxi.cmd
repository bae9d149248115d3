plan
examples/tingxi.yaml
