score
--format
json
tests/data/stages/yunling-reviewed.yaml
