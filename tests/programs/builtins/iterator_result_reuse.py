# zip, enumerate and dict.items() hand out a fresh-looking tuple each step, whether or not the
# previous one is still held; items live as long as CPython keeps them.
import sys

a = [1, 2, 3]
b = "xyz"
kept = list(zip(a, b))
print(kept, kept[0] is kept[1])
print(list(enumerate(b, 5)), list(zip()), list(zip(a)))

z = zip(a, b)
x = next(z)
y = next(z)
print(x, y, x is y)

e = enumerate([10, 20, 30], 2**62)
print(list(e))
e = enumerate("ab", -1)
print(next(e), next(e))
e = enumerate("abc", True)
print(list(e))

d = {"a": 1, "b": 2, "c": 3}
pairs = []
for kv in d.items():
    pairs.append(kv)
print(pairs)
it = iter(d.items())
p1 = next(it)
p2 = next(it)
print(p1, p2, p1 is p2)
print(sorted(d.items(), key=lambda kv: -kv[1]))
print(list(enumerate(d.items())))
print(dict(zip("abc", range(3))))
print(sum(x * y for x, y in zip(range(100), range(100))))

# Unpacked at once and dropped: the values are still right on every step.
total = 0
for i, (k, v) in enumerate(zip(range(1000), range(1000, 2000))):
    total += i * k + v
print(total)


class Loud:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


for p in zip([Loud(1), Loud(2)], "ab"):
    print("got", p[0].n)
print("after loop")
del p
print("after del")

for t in enumerate([Loud(3)]):
    print("enumerated", t[1].n)
del t
print("end")

# zip(strict=True) errors
for args in (([1, 2], [1]), ([1], [1, 2], [3]), ([1, 2], [1, 2], [3]), ([1], [1, 2])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as ex:
        print("ValueError:", ex)

try:
    enumerate([1], "x")
except TypeError as ex:
    print("TypeError:", ex)
try:
    zip(1, [2])
except TypeError as ex:
    print("TypeError:", ex)
print(sys.getrefcount(()) > 0)


class Idx:
    def __index__(self):
        return 7


print(list(enumerate("ab", Idx())), list(enumerate("ab", start=False)))
