eval
7 / 2 + 1
