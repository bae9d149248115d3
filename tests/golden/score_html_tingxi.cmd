score
examples/tingxi.yaml
--format
html
