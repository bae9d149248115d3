plan
examples/yunling.yaml
