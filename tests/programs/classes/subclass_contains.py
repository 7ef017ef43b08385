class T(tuple):
    def __iter__(self):
        return iter(['x'])
t = T((1, 2))
print(1 in t, 'x' in t, list(t))
class L(list):
    def __iter__(self):
        yield from ['y']
l = L([3])
print(3 in l, 'y' in l)
class D(dict):
    def __iter__(self):
        return iter(['k'])
d = D(a=1)
print('a' in d, 'k' in d, list(d))
