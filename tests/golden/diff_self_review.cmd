diff
--old-stage
self
--new-stage
review
tests/data/stages/yunling-reviewed.yaml
tests/data/stages/yunling-reviewed.yaml
