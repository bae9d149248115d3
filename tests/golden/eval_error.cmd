eval
{'a': 1}.b
