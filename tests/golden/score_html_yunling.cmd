score
examples/yunling.yaml
--format
html
