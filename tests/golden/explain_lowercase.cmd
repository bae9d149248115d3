explain
a9
