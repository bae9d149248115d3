explain
A8
--facts
examples/changqiao.json
