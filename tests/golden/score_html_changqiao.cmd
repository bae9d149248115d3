score
examples/changqiao.json
--format
html
