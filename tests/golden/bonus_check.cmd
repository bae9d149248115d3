check
rubric/example-bonus.yaml
