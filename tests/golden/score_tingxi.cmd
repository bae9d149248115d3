score
examples/tingxi.yaml
