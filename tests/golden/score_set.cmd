score
examples/changqiao.json
--set
evaluation.satisfaction_percent=96
--set
scores.C5=3
--set
staff[0].law_background=true
