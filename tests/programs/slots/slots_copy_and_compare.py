import copy
class V:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f'V({self.a!r}, {self.b!r})'
v = V(1, [2])
c = copy.copy(v)
d = copy.deepcopy(v)
v.b.append(3)
print(v, c, d, c == v, d == v)
print(len({V(1, 2), V(1, 2), V(2, 1)}))
partial = V.__new__(V)
partial.a = 'only a'
print(copy.copy(partial).a, hasattr(copy.copy(partial), 'b'))
