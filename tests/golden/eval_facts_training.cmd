eval
staff.all(s, s.trainings.exists(t, t.date > one_year_before && t.date <= assessed_on) && sum(s.trainings.filter(t, t.date > one_year_before && t.date <= assessed_on).map(t, has(t.days) ? t.days * 7.5 : t.hours)) >= 90.0)
--facts
tests/data/eval-training.yaml
