score
examples/yunling.yaml
