sq = lambda x: x * x
print(sq(5), (lambda: 'noargs')(), (lambda *a, **k: (a, k))(1, x=2))
print((lambda x, y=10: x + y)(1), (lambda x, /, *, y: x - y)(5, y=2))
print(sorted([3, -1, 2], key=lambda v: abs(v)), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(sq.__name__, (lambda: 0).__qualname__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print((lambda: (yield))  .__name__)
