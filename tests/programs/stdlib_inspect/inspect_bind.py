# Signature.bind / bind_partial and BoundArguments.
import inspect


def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass


def g(x, y):
    pass


def h(p, *rest, flag=False):
    pass


def k(*, only):
    pass


def m(a, /, **kw):
    pass


def show(sig, args, kwargs, partial=False):
    try:
        ba = (sig.bind_partial if partial else sig.bind)(*args, **kwargs)
        print(ba, ba.args, ba.kwargs)
    except TypeError as e:
        print('TypeError', e)


sf = inspect.signature(f)
show(sf, (1,), {'d': 4})
show(sf, (1, 2, 3, 4, 5), {'d': 6, 'z': 7})
show(sf, (), {})
show(sf, (1,), {})
show(sf, (1,), {'b': 9, 'd': 1})
show(sf, (1,), {'c': 7, 'd': 1, 'e': 2})
show(sf, (1,), {}, partial=True)
show(sf, (), {'d': 1}, partial=True)
show(sf, (1,), {'a': 10, 'd': 1})

sg = inspect.signature(g)
show(sg, (1, 2), {})
show(sg, (1,), {'y': 2})
show(sg, (), {'y': 2, 'x': 1})
show(sg, (1, 2, 3), {})
show(sg, (1,), {'x': 2})
show(sg, (1, 2), {'z': 3})
show(sg, (1,), {})
show(sg, (), {'y': 1}, partial=True)

sh = inspect.signature(h)
show(sh, (1, 2, 3), {'flag': True})
show(sh, (1,), {})
show(sh, (), {'flag': 1})
show(inspect.signature(k), (), {})
show(inspect.signature(k), (1,), {})
show(inspect.signature(k), (), {'only': 1})
show(inspect.signature(m), (1,), {'a': 2})
show(inspect.signature(m), (), {'a': 2})

# apply_defaults, arguments, equality
ba = sf.bind(1, d=4)
print(ba.arguments)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
ba2 = sf.bind(1, d=4)
ba2.apply_defaults()
print(ba == ba2, ba == sf.bind(1, d=4), ba.signature is sf)
ba3 = sh.bind(1, 2)
ba3.arguments['flag'] = True
print(ba3, ba3.args, ba3.kwargs)
ba4 = sg.bind(y=1, x=2)
print(list(ba4.arguments), ba4.args, ba4.kwargs)
print(g(*ba4.args, **ba4.kwargs))


class Shop:
    def buy(self, item, qty=1, *, discount=0):
        return (item, qty, discount)


bound = inspect.signature(Shop().buy).bind('apple', discount=5)
print(bound, Shop().buy(*bound.args, **bound.kwargs))
try:
    inspect.signature(Shop.buy).bind('apple')
except TypeError as e:
    print('TypeError', e)
print(inspect.signature(Shop.buy).bind('self', 'apple'))
