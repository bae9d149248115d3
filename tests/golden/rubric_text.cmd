rubric
