eval
'a'.sise()
