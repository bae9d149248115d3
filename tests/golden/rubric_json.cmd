rubric
--format
json
