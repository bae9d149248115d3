eval
sum(staff.map(s, s.years)) / double(rooms)
--facts
tests/data/eval-facts.yaml
