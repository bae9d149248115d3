eval
size(1, 2)
