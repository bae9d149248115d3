score
examples/yunling.yaml
--set
mediation.disputes_resolvd=206
