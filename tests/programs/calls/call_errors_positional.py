def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    pass
def k(a, /, b):
    pass
cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: h(1),
    lambda: g(1, 2, 3, c=4),
    lambda: g(1),
    lambda: g(),
    lambda: k(a=1, b=2),
    lambda: k(1, 2, 3),
    lambda: (lambda x: x)(),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
