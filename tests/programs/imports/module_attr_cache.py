# Module attributes read through the same instruction see rebinding, deletion, other
# modules and module-level __getattr__.
import math
import types

m = types.ModuleType("m")
m.f = lambda x: x + 1
m.value = 10


def read(mod):
    return mod.value


def call(mod, x):
    return mod.f(x)


for i in range(3):
    print(read(m), call(m, i))
m.value = 20
m.f = lambda x: x * 100
print(read(m), call(m, 2))
del m.value
try:
    read(m)
except AttributeError as e:
    print("AttributeError:", e)


def dyn(name):
    return f"dynamic {name}"


m.__getattr__ = dyn
print(read(m))
m.value = 5
print(read(m))

other = types.ModuleType("other")
other.value = "other's"
other.f = str.upper
for mod in (m, other, m, math):
    try:
        print(read(mod))
    except AttributeError as e:
        print("AttributeError:", e)
print(call(other, "abc"))


def roots(n):
    return [math.sqrt(i) for i in range(n)]


print(roots(5))
real_sqrt = math.sqrt
math.sqrt = lambda x: -x
print(roots(3))
math.sqrt = real_sqrt
print(roots(3))


class Sub(types.ModuleType):
    @property
    def value(self):
        return "property wins"


s = Sub("s")
s.__dict__["value"] = "dict"
print(read(s), read(m))
print(read(s))
try:
    call(s, 1)
except AttributeError as e:
    print("AttributeError:", e)
