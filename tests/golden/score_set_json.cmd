score
examples/huangcun.yaml
--format
json
--set
facilities.equipment=[执法记录仪, 定位管理设备, 公共法律服务触摸查询一体机]
