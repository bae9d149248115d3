explain
V3
