score
tests/data/batch
examples/huangcun.yaml
--format
csv
--no-bom
--sort
name
