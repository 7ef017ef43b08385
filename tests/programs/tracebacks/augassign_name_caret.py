def f():
    y += 1
x += 1, 2
