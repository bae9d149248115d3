score
--rubric
rubric/example-bonus.yaml
rubric/example-bonus.cases
--format
json
