score
examples/yunling.yaml
--rubric
