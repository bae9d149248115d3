validate
-
<examples/tingxi.yaml
