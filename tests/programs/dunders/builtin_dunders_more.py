class A(dict):
    __setattr__ = dict.__setitem__
    __getattr__ = dict.__getitem__
    __delattr__ = dict.__delitem__
a = A(); a.y = 2; print(a, a.y)
del a.y; print(a)
def f():
    for i in range(3):
        try: return i
        finally: continue
    return "end"
print(f())
print(hash(frozenset()), hash(frozenset({1,2})))
print({frozenset({1, 2}), frozenset({2, 3}), frozenset({1, 3}), frozenset({3, 4})})
print(format(float("inf"), "%"), format(float("nan"), ".1%"))
try: print("%c" % "ab")
except TypeError as e: print(e)
class D(dict):
    def __or__(s, o): return D(super().__or__(o))
print(D(a=1) | {"b": 2})
class S(set):
    def __ior__(s, o): return super().__ior__(o)
s = S({1}); s |= {2}; print(s)
class L(list):
    def __reversed__(s): return super().__reversed__()
print(list(reversed(L([1,2,3]))))
