# `c[k] op= x` through the interpreter's fast paths and the generic protocol.
row = [1.0, 2.0, 3.0]
for j in range(3):
    row[j] += 0.5 * j
    row[-1 - j] *= 2
print(row)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * j
        grid[i][j] -= 1
print(grid)
t = [10, 20]
try:
    t[5] += 1
except IndexError as e:
    print("IndexError", e)
try:
    t["a"] += 1
except TypeError as e:
    print("TypeError", e)
d = {"a": 1}
d["a"] += 5
d.setdefault("b", 0)
d["b"] -= 2
print(d)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
tup = (1, 2)
try:
    tup[0] += 1
except TypeError as e:
    print("TypeError", e)
class Logged(list):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
lg = Logged([1, 2, 3])
lg[1] += 10
print(lg)
class Grid:
    def __init__(self): self.cells = {}
    def __getitem__(self, k): return self.cells.get(k, 0)
    def __setitem__(self, k, v): self.cells[k] = v
g = Grid()
g[1, 2] += 3
g[1, 2] *= 4
print(g.cells)
big = [2 ** 62]
big[0] += 2 ** 62
big[0] *= 3
print(big)
s = ["a"]
s[0] += "b"
s[0] *= 2
print(s)
