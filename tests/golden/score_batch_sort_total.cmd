score
examples/yunling.yaml
examples/huangcun.yaml
tests/data/batch/broken.yaml
examples/changqiao.json
examples/tingxi.yaml
--sort
total
