score
tests/data/people/named-staff.yaml
