eval
staf.size()
--facts
tests/data/eval-facts.yaml
