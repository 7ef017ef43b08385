it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
s = iter('ab')
print(type(s).__name__, list(s))
d = iter({'x': 1, 'y': 2})
print(next(d), list(d))
r = iter(range(3))
print(type(r).__name__, next(r), list(r))
it2 = iter([10, 20])
print(iter(it2) is it2)
nums = iter(range(10))
print([n for n in nums if n % 3 == 0])
class Sentinel:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Sentinel(), 5)))
try:
    iter(lambda: 1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
