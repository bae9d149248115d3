eval
{'一类': [1, 2u], 'b': {'c': null, 'd': true}}
