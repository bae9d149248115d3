validate
examples/changqiao.json
--complete
--format
json
