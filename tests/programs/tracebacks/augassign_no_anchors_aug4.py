def f():
    n = 1
    if True:  n **= "z"
f()
