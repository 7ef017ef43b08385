class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print('get', key)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
    def __iter__(self):
        return iter(sorted(self.data))
    def __reversed__(self):
        return iter(sorted(self.data, reverse=True))
g = Grid()
g[1, 2] = 'a'
g[0, 0] = 'b'
print(g[1, 2], g[5, 5], len(g), (0, 0) in g, (9, 9) in g, list(g), list(reversed(g)))
del g[0, 0]
print(len(g), bool(g))
class Sliceable:
    def __getitem__(self, idx):
        return idx
s = Sliceable()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s['k'])
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i + 100
print(list(Seq()), list(reversed(Seq())), 101 in Seq(), sorted(Seq(), reverse=True))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return 'x'
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
