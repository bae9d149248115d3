score
examples/yunling.yaml
--set
station.name==SUM(1+1)
--format
csv
--no-bom
