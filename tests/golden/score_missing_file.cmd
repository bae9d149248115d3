score
examples/yunling.yaml
no-such-file.yaml
