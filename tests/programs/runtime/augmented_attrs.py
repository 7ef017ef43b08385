# `obj.attr op= x` and chained arithmetic through the interpreter's fast paths.
class P:
    def __init__(self):
        self.x = 1.5
        self.n = 3
p = P()
for _ in range(3):
    p.x += 0.25 * 2
    p.n -= 1 * 2
    p.n *= 3
print(p.x, p.n)

class Slotted:
    __slots__ = ("v",)
    def __init__(self): self.v = 10
s = Slotted()
s.v += 5
s.v //= 4
print(s.v)

class Logged:
    def __init__(self): object.__setattr__(self, "v", 1.0)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
lg = Logged()
lg.v += 2.5
lg.v *= 2
print(lg.v)

class Prop:
    def __init__(self): self._v = 2
    @property
    def v(self): return self._v
    @v.setter
    def v(self, value):
        print("setter", value)
        self._v = value
pr = Prop()
pr.v += 3
pr.v -= 1.5
print(pr.v)

class RO:
    __slots__ = ()
ro = RO()
try:
    ro.x += 1
except AttributeError as e:
    print("AttributeError", e)

class Frozen:
    def __init__(self): object.__setattr__(self, "v", 1)
    def __setattr__(self, name, value):
        raise AttributeError(f"frozen: {name}")
fz = Frozen()
try:
    fz.v += 1
except AttributeError as e:
    print("AttributeError", e)
print(fz.v)

class Polymorph:
    pass
objs = []
for i in range(6):
    o = Polymorph() if i % 2 else P()
    o.x = i
    objs.append(o)
for o in objs:
    o.x += 0.5
    o.x *= 2
print([o.x for o in objs])

# Chained arithmetic: int overflow to big ints, mixed float/int, zero divisors, strings.
a, b, c, d = 3, 4, 2 ** 62, 7
print(a * b + c * d, a * b - c * d, (a + b) * (c + d), c * c + 1)
x, y = 1.5, 2
print(x * y + y * x, x / y - y / x, x * y * x * y)
try:
    print(a * b + b // (a - a))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(x * y + y / (x - x))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
s1, s2 = "ab", "cd"
print(s1 + s2 + s1, s1 * 2 + s2)
print(True + True * 3, -7 // 2 + -7 % 2, 2 ** 10 + 1, 1 << 62 | 1)
try:
    print(a * b + "x")
except TypeError as e:
    print("TypeError", e)
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __mul__(self, o): return V(self.v * (o.v if isinstance(o, V) else o))
    def __repr__(self): return f"V({self.v})"
print(V(2) * 3 + V(1) * 2, a * b + V(1).v)
