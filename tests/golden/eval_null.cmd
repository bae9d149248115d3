eval
null
