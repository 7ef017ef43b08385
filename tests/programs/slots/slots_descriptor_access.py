class P:
    __slots__ = ('x',)
desc = P.__dict__['x']
p = P()
desc.__set__(p, 42)
print(desc.__get__(p, P), p.x, desc.__get__(None, P) is desc, desc.__name__, desc.__objclass__.__name__)
desc.__delete__(p)
print(hasattr(p, 'x'))
try:
    desc.__get__(object(), object)
except TypeError as e:
    print(type(e).__name__, e)
