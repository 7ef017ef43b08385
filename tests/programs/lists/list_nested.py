grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
grid[0][2] = 1
print(grid)
for row in grid:
    print(' '.join(str(c) for c in row))
stack = []
stack.append(1); stack.append(2); stack.append(3)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
deep = [1, [2, [3, [4, [5]]]]]
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(deep), deep[1][1][1][1][0])
