score
--rubric
rubric/example-small.yaml
examples/other-rubric/xinan.yaml
