class Cell:
    __slots__ = ('row', 'col', 'value')
    def __init__(self, row, col):
        self.row, self.col = row, col
        self.value = row * col
grid = [Cell(r, c) for r in range(100) for c in range(100)]
print(len(grid), sum(c.value for c in grid), grid[-1].row, grid[-1].col)
for c in grid[:3]:
    c.value += 1
print([c.value for c in grid[:4]])
