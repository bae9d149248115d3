plan
--format
json
examples/changqiao.json
