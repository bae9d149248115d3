score
--format
excel
examples/yunling.yaml
