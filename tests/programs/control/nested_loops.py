for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(find([[1, 2], [3, 4]], 4), find([[1]], 9))
found = None
for a in range(1, 20):
    for b in range(a, 20):
        c = (a * a + b * b) ** 0.5
        if c == int(c) and a + b + c == 24:
            found = (a, b, int(c))
            break
    else:
        continue
    break
print(found)
