template
--assessed-on
2024-05-20
