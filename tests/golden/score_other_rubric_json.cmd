score
--rubric
rubric/example-small.yaml
--format
json
examples/other-rubric/xinan.yaml
