nums = [5, 2, 9, 1, 5, 6]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, 'b'), (1, 'a'), (2, 'a'), (1, 'b')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
recs = [('x', 3), ('y', 1), ('z', 3), ('w', 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
mixed = [3, 1.5, True, 2]
mixed.sort(); print(mixed)
r = nums.sort()
print(r)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'K({self.v})'
print(sorted([K(3), K(1), K(2)]))
print(sorted([], reverse=True), sorted('cba'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}))
