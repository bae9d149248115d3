explain
A9
