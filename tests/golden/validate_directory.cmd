validate
examples
