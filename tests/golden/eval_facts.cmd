eval
staff.filter(s, s.full_time).size() >= {'一类': 6, '二类': 2}[station.class] && date(station.founded) < date('2020-01-01')
--facts
tests/data/eval-facts.yaml
