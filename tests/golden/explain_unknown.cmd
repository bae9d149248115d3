explain
A66
