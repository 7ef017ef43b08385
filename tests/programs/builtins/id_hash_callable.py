a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0)
print(hash(1) == hash(1.0), hash('abc') == hash('abc'), hash((1, 'a')) == hash((1, 'a')), hash(None) == hash(None))
print(hash(0), hash(1), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(True))
print(hash(float('inf')), hash(float('-inf')), hash(0.0) == hash(-0.0))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(callable(len), callable(int), callable(lambda: 0), callable(1), callable('s'), callable(str.upper), callable(callable))
class K:
    def __call__(self):
        pass
print(callable(K), callable(K()), callable(object()))
