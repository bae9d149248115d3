score
--format
html
tests/data/stages/yunling-reviewed.yaml
