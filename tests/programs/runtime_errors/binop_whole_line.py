a = 1
b = 0
a / b
