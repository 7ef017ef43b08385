x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class C: pass
c = C()
c.v = 1
del c.v
print(hasattr(c, 'v'))
try:
    del c.v
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(f())
