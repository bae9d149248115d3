score
examples/yunling.yaml
examples/changqiao.json
