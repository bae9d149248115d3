scor
examples/yunling.yaml
