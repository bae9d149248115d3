score
--rubric
rubric
examples/yunling.yaml
