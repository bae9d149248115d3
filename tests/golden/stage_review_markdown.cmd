score
--format
markdown
tests/data/stages/yunling-reviewed.yaml
