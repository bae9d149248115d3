eval
1
--facts
tests/data/huangcun-libreoffice.xlsx
