squares = {x * x for x in range(-3, 4)}
print(squares, sorted(squares))
words = ['hi', 'hello', 'hey', 'yo']
print(sorted({w[0] for w in words}), sorted({len(w) for w in words}))
s = set()
for i in range(20):
    s.add(i % 7)
print(s, sum(s), max(s), min(s))
print(sorted(set('hello world') - set(' ')))
print(len({1, 1.0, True}), {1, 1.0, True})
print({(1, 2), (1, 2), (2, 1)} == {(1, 2), (2, 1)})
print(sorted({-5, 3, -1}), list({5, 3, 1}) == [1, 3, 5])
