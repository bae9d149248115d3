score
--rubric
rubric/example-bonus.yaml
rubric/example-bonus.cases/00-five-star.yaml
