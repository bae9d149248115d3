help
score
