explain
E3
--facts
examples/changqiao.json
