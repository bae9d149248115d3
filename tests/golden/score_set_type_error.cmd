score
examples/yunling.yaml
--set
mediation.disputes_resolved=abc
