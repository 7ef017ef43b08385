def f(x):
    return x  //  0

print(f(4) if False else "start")
f(1)
