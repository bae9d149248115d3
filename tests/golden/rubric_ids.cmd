rubric
--format
ids
