import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
vs = [Version('1.10'), Version('1.2'), Version('1.2.1'), Version('0.9')]
print(sorted(vs), max(vs), Version('1.0') <= Version('1.0'), Version('2.0') > Version('1.9'), Version('1') >= Version('2'))
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f'{self.n} < {o.n}')
        return self.n < o.n
    def __gt__(self, o):
        print(f'{self.n} > {o.n}')
        return self.n > o.n
print(Loud(1) < Loud(2))
print(Loud(1) > Loud(2))
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
print(OnlyLt(5) > OnlyLt(3))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
class Eq:
    def __eq__(self, o):
        print('Eq.__eq__')
        return 'truthy'
print(Eq() == 1, 1 == Eq(), Eq() != 1)
class NE:
    def __ne__(self, o):
        return 'custom ne'
print(NE() != 1, NE() == NE())
