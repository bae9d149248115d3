rubric
--rubric
rubric/example-bonus.yaml
