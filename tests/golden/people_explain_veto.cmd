explain
V6
--facts
tests/data/people/named-staff.yaml
