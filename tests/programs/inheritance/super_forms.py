class Base:
    def __init__(self, v):
        self.v = v
        print('Base init', v)
    def who(self):
        return 'Base'
    @classmethod
    def make(cls):
        return f'make {cls.__name__}'
class Mid(Base):
    def __init__(self, v):
        print('Mid init')
        super().__init__(v * 2)
    def who(self):
        return 'Mid>' + super().who()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(5)
    def who(self):
        return 'Leaf>' + super(Leaf, self).who()
    def skip(self):
        return super(Mid, self).who()
    @classmethod
    def make(cls):
        return 'Leaf ' + super().make()
l = Leaf()
print(l.v, l.who(), l.skip(), Leaf.make())
s = super(Leaf, l)
print(type(s).__name__, s.who())
def outside(self):
    try:
        return super().who()
    except RuntimeError as e:
        return f'{type(e).__name__}: {e}'
Leaf.outside = outside
print(l.outside())
try:
    super(Leaf, 5)
except TypeError as e:
    print(type(e).__name__, e)
