print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, 'a') == (1, 'a'))
people = [('bob', 25), ('alice', 30), ('carol', 25)]
print(sorted(people), sorted(people, key=lambda p: (p[1], p[0])), max(people, key=lambda p: p[1]))
print(min((3, 'c'), (3, 'b')), sorted([(1, 2), (1,), (0, 5, 5)]))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
