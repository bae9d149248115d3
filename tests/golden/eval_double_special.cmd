eval
[double(1) / 0.0, double(-1) / 0.0, -double(0), 1e100, 2.0]
