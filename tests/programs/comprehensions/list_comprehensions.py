print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in 'hello' if c != 'l'])
print([x if x > 0 else 0 for x in [-2, 3, -1, 5]])
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
words = ['apple', 'bob', 'kayak', 'level', 'python']
print([w for w in words if w == w[::-1]])
print([len(w) for w in words], sum([len(w) for w in words]))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([x for x in []], [None for _ in range(2)])
