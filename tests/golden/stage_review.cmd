score
tests/data/stages/yunling-reviewed.yaml
