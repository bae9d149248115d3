eval
[1, 2, 3].exists(x, x > 2)
