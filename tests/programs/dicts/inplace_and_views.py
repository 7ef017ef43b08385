# In-place set and dict operators change the object itself; dict views are set-like.
a = {1, 2}
alias = a
a |= {3}
a &= {2, 3, 4}
a -= {4}
a ^= {9}
print(alias, a is alias)
d = {"x": 1}
same = d
d |= {"y": 2}
d |= [("z", 3)]
print(same, d is same)
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g)
try:
    a |= [1]
except TypeError as e:
    print(type(e).__name__, e)


class Tracking(set):
    def __ior__(self, other):
        print("custom __ior__")
        return set.__or__(self, other)


t = Tracking([1])
t |= {2}
print(type(t).__name__, sorted(t))

d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(sorted(k & {"a", "z"}), sorted(k | ["z"]), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted({"a", "q"} - k), sorted(["b"] & k) if False else sorted({"b"} & k))
print(sorted(it & {("a", 1), ("b", 9)}), sorted(it - {("a", 1)}))
print(k == {"a", "b", "c"}, {"a", "b", "c"} == k, k != {"a"}, it == {("a", 1), ("b", 2), ("c", 3)})
print(k == ["a", "b", "c"], v == v, k == d.copy().keys())
print(k.isdisjoint(["x", "y"]), k.isdisjoint(["a"]), it.isdisjoint([("a", 2)]))
print(list(reversed(d)), list(reversed(k)), list(reversed(v)), list(reversed(it)))
try:
    k & 5
except TypeError as e:
    print(type(e).__name__, e)
for r in (range(10), range(1, 10, 4), range(10, 0, -3), range(0), range(0, -10, -2)):
    rr = reversed(r)
    print(type(rr).__name__, list(rr))
