score
--stage
self
tests/data/stages/yunling-reviewed.yaml
