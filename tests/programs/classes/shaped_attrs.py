# Instance attributes without a materialized __dict__ (shapes) must behave exactly as a dict.
import copy
import gc
import pickle


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


a, b = P(1, 2), P(3, -4)
print(a.x, b.y, a.norm(), b.norm())
b.z = 9
print(vars(a), vars(b), sorted(dir(b))[-3:])
a.y = 20
print(a.__dict__, a.y)
del a.x
print(a.__dict__, hasattr(a, "x"))
try:
    del a.x
except AttributeError as e:
    print("AttributeError", e)
a.x = 5
print(a.__dict__, a.x)

# The dict, once asked for, is the live attribute store.
c = P(1, 1)
d = c.__dict__
d["w"] = 7
c.v = 8
print(c.w, d, d is c.__dict__)
c.__dict__ = {"only": 1}
print(vars(c), hasattr(c, "x"))
try:
    c.__dict__ = 5
except TypeError as e:
    print("TypeError", e)


# Many attributes, in order.
class Bag:
    pass


bag = Bag()
for i in range(40):
    setattr(bag, "a%d" % i, i)
print(len(vars(bag)), list(vars(bag))[:3], list(vars(bag))[-2:], bag.a35)
for i in range(0, 40, 2):
    delattr(bag, "a%d" % i)
print(len(vars(bag)), bag.a39)



o2 = Bag()
setattr(o2, "not an identifier", 3)
print(getattr(o2, "not an identifier"), vars(o2))
try:
    setattr(o2, 5, 1)
except TypeError as e:
    print("TypeError", e)

# Same attributes in different orders.
p, q = Bag(), Bag()
p.a, p.b = 1, 2
q.b, q.a = 3, 4
print(vars(p), vars(q), p.a + q.a, p.b + q.b)

# Copies and pickles keep the attributes and their order.
r = copy.copy(b)
s = copy.deepcopy(b)
t = pickle.loads(pickle.dumps(b))
print(vars(r), vars(s), vars(t), r == b)


# Cycles through instance attributes are collected.
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("del", self.name)


gc.collect()
n1, n2 = Node("n1"), Node("n2")
n1.peer, n2.peer = n2, n1
del n1, n2
print("collected", gc.collect() >= 2)


# __getattr__ sees only missing attributes; __setattr__ overrides stores.
class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "computed " + name


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


lz = Lazy()
print(lz.real, lz.missing)
lg = Logged()
lg.k = 3
print(lg.k, vars(lg))


# A method shadowed by an instance attribute.
class M:
    def f(self):
        return "method"


m = M()
print(m.f())
m.f = lambda: "instance"
print(m.f())
del m.f
print(m.f())
print([P(i, i).norm() for i in range(5)], gc.is_tracked(P(1, 2)))
print(sorted(k for k in vars(P(1, 2))))
