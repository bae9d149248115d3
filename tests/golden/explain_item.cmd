explain
A8
