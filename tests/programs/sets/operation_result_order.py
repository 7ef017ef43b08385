a = {"apple", "banana", "cherry", "date", "elder", "fig", "grape"}
b = {"cherry", "date", "kiwi", "lemon", "mango"}
print(a | b, a & b, a - b, a ^ b, b - a, b ^ a, b & a, b | a)
c = set(a); c |= b; print(c)
c = set(a); c &= b; print(c)
c = set(a); c -= b; print(c)
c = set(a); c ^= b; print(c)
print(set(range(50)) - {3}, {i * 7 for i in range(20)} ^ set(range(0, 100, 5)))
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
x = set(a); x.update(b, ["zz", "yy"]); print(x)
x = set(a); x.intersection_update(b); print(x)
x = set(a); x.difference_update(b); print(x)
x = set(a); x.symmetric_difference_update(b); print(x)
print(frozenset(a) | b, frozenset(a) & b)
