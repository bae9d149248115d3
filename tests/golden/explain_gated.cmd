explain
B6
