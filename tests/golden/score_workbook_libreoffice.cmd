score
tests/data/huangcun-libreoffice.xlsx
