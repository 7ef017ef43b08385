from dataclasses import dataclass
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
print(p, P.__slots__, hasattr(p, '__dict__'))
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
@dataclass(slots=True, frozen=True)
class F:
    a: int
f = F(5)
print(f, hash(f) == hash(F(5)))
try:
    f.a = 6
except Exception as e:
    print(type(e).__name__, e)
