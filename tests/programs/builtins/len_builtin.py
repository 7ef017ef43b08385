print(len(''), len('abc'), len('日本'), len([1, 2]), len(()), len({'a': 1}), len({1, 2, 3}), len(range(5)))
print(len(b'ab'), len(bytearray(3)), len(frozenset()), len(range(0, 100, 3)), len({}.keys()))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in [5, 3.0, None, iter([]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Huge:
    def __len__(self):
        return 2 ** 70
try:
    len(Huge())
except OverflowError as e:
    print(type(e).__name__, e)
