template
--class
一类
--assessed-on
2024-05-20
