a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7}), {1} < a, a <= a, a < a)
c = set(a)
c &= b; print(c)
c |= {0}; print(c)
c -= {3}; print(c)
c ^= {4, 8}; print(c)
c.intersection_update({0, 8, 9}); print(c)
c.difference_update({8}); print(c)
c.symmetric_difference_update({0, 1}); print(c)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(a.union([1]), {1, 2} == {2, 1}, {1} == frozenset({1}))
