items = [1, 2, 3]
assert len(items) == 3
print('first assert ok')
assert len(items) == 4
