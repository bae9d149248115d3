score
-
<examples/changqiao.json
