score
--bogus
examples/yunling.yaml
