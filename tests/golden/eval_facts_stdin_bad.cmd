eval
1
--facts
-
<tests/data/eval-facts-bad.json
