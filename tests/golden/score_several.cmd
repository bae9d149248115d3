score
examples/yunling.yaml
examples/tingxi.yaml
examples/changqiao.json
