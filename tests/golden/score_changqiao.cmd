score
examples/changqiao.json
