template
--format
json
--class
二类
--assessed-on
2024-05-20
