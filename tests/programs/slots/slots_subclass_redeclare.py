class Base:
    __slots__ = ('x',)
class Child(Base):
    __slots__ = ('x', 'y')
c = Child()
c.x = 'child slot'
Base.x.__set__(c, 'base slot')
print(c.x, Base.x.__get__(c), Child.x is Base.x)
c.y = 1
print(c.y, sorted(Child.__slots__))
