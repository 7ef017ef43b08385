import functools
from functools import *
print(reduce(lambda a,b:a+b, [1,2,3]), reduce(lambda a,b:a+b, [], 5))
try: reduce(lambda a,b:a, [])
except TypeError as e: print(e)
def f(a, b, c=3): return (a, b, c)
p = partial(f, 1, c=5); print(p(2), repr(p) .replace(hex(id(f)), 'X').split(' at ')[0], p.func is f, p.args, p.keywords)
pp = partial(p, 7); print(pp.args, pp.keywords, pp.func is f)
print(repr(partial(len, [1])))
try: partial(3)
except TypeError as e: print(e)
class C:
    def m(self, a, b): return (self.__class__.__name__, a, b)
    pm = partialmethod(m, 10)
print(C().pm(4))
@wraps(f)
def g(*a): return f(*a)
print(g.__name__, g.__wrapped__ is f, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
@lru_cache(maxsize=2)
def sq(x): return x*x
for v in [1,2,1,3,2,1,1]: sq(v)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n-1)+fib(n-2)
print(fib(30), fib.cache_info())
@cache
def fact(n): return 1 if n == 0 else n*fact(n-1)
print(fact(10), fact.cache_info())
@lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
@lru_cache(typed=True)
def t(x): return x
t(1); t(1.0); t(1); print(t.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(2) >= V(1), V(3) > V(1), V(1) > V(1), V.__gt__.__name__)
try:
    @total_ordering
    class W: pass
except ValueError as e: print(e)
print(sorted([3,1,2], key=cmp_to_key(lambda a,b: b-a)))
class P:
    @cached_property
    def x(self):
        print("compute"); return 42
o = P(); print(o.x, o.x, o.__dict__)
@singledispatch
def fun(arg): return "default"
@fun.register
def _(arg: int): return "int"
@fun.register(list)
def _(arg): return "list"
@fun.register
def _(arg: float | str): return "float/str"
import collections.abc
@fun.register(collections.abc.Mapping)
def _(arg): return "mapping"
print(fun(1), fun([1]), fun(1.5), fun("s"), fun({}), fun(True), fun(None), fun.dispatch(bool) is fun.registry[int], sorted(k.__name__ for k in fun.registry))
try: fun()
except TypeError as e: print(e)
class N:
    @singledispatchmethod
    def neg(self, arg): return "nope"
    @neg.register
    def _(self, arg: int): return -arg
    @neg.register
    def _(self, arg: bool): return not arg
print(N().neg(5), N().neg(True), N().neg("x"))
try:
    fun.register(3, lambda x: x)
except TypeError as e: print(e)
