score
--format
json
examples/changqiao.json
