# Fast paths in the interpreter loop keep the generic semantics.
import math

# String comparisons: orderings by code point, subclasses keep their overrides.
words = ["b", "a", "ab", "", "é", "z", "Z", "\u4e2d", "\U0001f600", "ab\x00"]
for x in words:
    print(repr(x), [(x < y, x <= y, x > y, x >= y, x == y, x != y) for y in words[:4]])
print(sorted(words))

class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)
print(Rev("a") < "b", "a" < Rev("b"), Rev("b") < Rev("a"))
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
if "abc" <= "abd":
    print("branch taken")

# Rebinding globals in place, creating new ones, deleting and recreating.
counter = 0
def bump():
    global counter, fresh
    counter += 1
    fresh = counter * 10
for _ in range(3):
    bump()
print(counter, fresh)
def drop_and_make():
    global fresh
    del fresh
    fresh = "again"
drop_and_make()
print(fresh)
g = {"__builtins__": __builtins__}
exec("x = 1\nx = x + 1\ny = x * 3", g)
print(g["x"], g["y"])

# `is` feeding a branch, and the truth value of locals feeding a branch.
def classify(v):
    out = []
    if v is None:
        out.append("none")
    if v is not None:
        out.append("some")
    if v:
        out.append("truthy")
    else:
        out.append("falsy")
    return out
class B:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print("  __bool__ called")
        return self.b
class L:
    def __len__(self): return 0
for v in [None, 0, 1, -5, True, False, 0.0, "", "x", [], [0], B(True), B(False), L()]:
    print(repr(v) if not isinstance(v, (B, L)) else type(v).__name__, classify(v))
class BadBool:
    def __bool__(self): return "yes"
try:
    classify(BadBool())
except TypeError as e:
    print("TypeError:", e)
while_count = 3
while while_count:
    while_count -= 1
print("while done", while_count)

# A function's result handed to the caller's POP_TOP or STORE_FAST.
class Noisy:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def make(n):
    return Noisy(n)
def user():
    make(1)
    print("after discarded call")
    a = make(2)
    print("stored", a.n)
    a = make(3)
    print("rebound", a.n)
    return a.n
print("user returned", user())

# One-argument math functions on floats, ints, bools, big ints and bad arguments.
for v in [4.0, 9, True, 0, 2 ** 80, 1e308]:
    print(math.sqrt(v), math.log10(v) if v else "-", math.floor(math.exp(0.5)))
for bad in [-1.0, -1, "4", None]:
    try:
        print(math.sqrt(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(math.log2(2 ** 2000))
