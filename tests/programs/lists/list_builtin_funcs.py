nums = [4, -2, 7, 0, 3]
print(len(nums), sum(nums), min(nums), max(nums), sorted(nums), list(reversed(nums)))
print(sum(nums, 10), sum([[1], [2]], []), any(nums), all(nums), any([]), all([]))
print(max(nums, key=abs), min(nums, key=lambda x: -x), max([], default='empty'))
print([abs(x) for x in nums], list(map(lambda x: x * 2, nums)))
print(nums.index(max(nums)), nums.count(0), 7 in nums)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [sum(r) for r in matrix], sum(map(sum, matrix)))
flat = [x for row in matrix for x in row]
print(flat, flat[::2])
