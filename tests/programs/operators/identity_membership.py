a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, type(None) is type(None))
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print('ell' in 'hello', 'z' in 'hello', '' in 'abc')
print(1 in {1: 'a'}, 'a' in {1: 'a'}, 2 in {2, 3}, 4 in (1, 2))
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
print(2 in Box([1, 2]), 9 not in Box([1]))
class It:
    def __iter__(self):
        return iter([10, 20])
print(20 in It(), 30 in It())
class Get:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
print(4 in Get(), 5 in Get())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
nan = float('nan')
print(nan in [nan], nan == nan)
