a = {1, 2}
b = a.copy()
b.add(3)
print(a, b, a <= b, b > a, a != b)
print(set([1, 2]).__contains__(1), len(set(range(100))), sum(set(range(100))))
print(set(x for x in [1, 2, 2, 3]), set({'k': 1}), set(()) == set())
try:
    {1} < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
nums = {10, 20, 30}
try:
    for n in nums:
        nums.add(n + 1)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(nums)[:3])
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f'H{self.v}'
print(len({H(1), H(2), H(1)}))
