a = [3, 1, 4, 1, 5]
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a * 2, a + [9])
a.append(2); print(a)
a.extend([6, 5]); print(a)
a.insert(0, 0); print(a)
a.insert(100, 'end'); print(a)
a.insert(-1, 'pen'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(5), a.count(1), a.index(5, 2))
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
for bad in [lambda: a.remove(99), lambda: a.index(99), lambda: [].pop(), lambda: a.pop(50), lambda: a[50]]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
