# Special methods that are not plain functions: callable instances, descriptors,
# and the dunders of list/dict/functions called directly.
class Callable:
    def __call__(self, *a):
        return a


class Getter:
    def __get__(self, obj, typ=None):
        return lambda *a: ("bound", type(obj).__name__, a)


class T: pass
T.__getitem__ = Callable()
print(T()[5])

class U: pass
U.__len__ = Getter()
try:
    print(len(U()))
except TypeError as e:
    print(type(e).__name__, e)
U.__getitem__ = Getter()
print(U()["k"])

class V:
    __call__ = Callable()
print(V()(1, 2))

class A: pass
A.__init__ = Callable()
try:
    A(1)
except TypeError as e:
    print(type(e).__name__, e)

class B:
    def __init__(self, x):
        self.x = x
B.__init__ = Getter()
try:
    B(3)
except TypeError as e:
    print(type(e).__name__, e)

f = lambda x: x * 2
print(f.__call__(4), hasattr(f, "__call__"), hasattr(len, "__call__"), len.__call__("abc"))
print([].append.__call__(1), hasattr([].append, "__call__"))

print(list.__contains__([1, 2], 2), [].__contains__(1), list.__iter__([3, 4]).__next__())
print(list.__add__([1], [2]), list.__mul__([1, 2], 2), list.__rmul__([0], 3))
l = [1, 2, 3]
print(l.__imul__(2) is l, l)
l.__delitem__(0)
l.__delitem__(slice(0, 2))
print(l)
try:
    l.__delitem__(10)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
print(list(dict.__iter__({"a": 1, "b": 2})))


class MyList(list):
    def __contains__(self, x):
        return x == "magic" or super().__contains__(x)

    def __iter__(self):
        yield "start"
        yield from super().__iter__()

    def __add__(self, other):
        return MyList(super().__add__(other))


m = MyList([1, 2])
print("magic" in m, 2 in m, 5 in m, list(m), type(m + [3]).__name__, m + [3])

from collections import UserList
print([0] + UserList([1]), type([0] + UserList([1])).__name__)
