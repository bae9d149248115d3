eval
b'\xff' + b'a'
