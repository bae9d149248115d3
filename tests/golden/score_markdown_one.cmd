score
examples/tingxi.yaml
--format
markdown
