test
rubric/example-bonus.yaml
