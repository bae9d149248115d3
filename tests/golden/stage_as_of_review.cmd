score
--stage
review
tests/data/stages/yunling-reviewed.yaml
