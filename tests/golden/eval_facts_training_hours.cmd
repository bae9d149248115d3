eval
staff.map(s, sum(s.trainings.map(t, has(t.days) ? t.days * 7.5 : t.hours)))
--facts
tests/data/eval-training.yaml
