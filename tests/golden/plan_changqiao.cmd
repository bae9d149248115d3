plan
examples/changqiao.json
