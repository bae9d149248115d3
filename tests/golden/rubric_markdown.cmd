rubric
--format
markdown
