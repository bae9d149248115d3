validate
--complete
examples/changqiao.json
examples/yunling.yaml
