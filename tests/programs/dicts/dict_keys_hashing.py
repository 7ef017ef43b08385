d = {1: 'int', 2.5: 'float', 'a': 'str', (1, 2): 'tuple', None: 'none', True: 'bool?', frozenset({1}): 'fs'}
print(d)
print(d[1.0], d[True], d[(1, 2)], d[frozenset([1])])
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f'Key({self.v})'
d2 = {Key(1): 'one'}
print(d2[Key(1)], Key(2) in d2, d2)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
for bad in ([], {}, set()):
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__, e)
print({0: 'a', 0.0: 'b', False: 'c'})
