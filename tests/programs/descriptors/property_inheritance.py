class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        print('Base setter', v)
        self._x = v
class Child(Base):
    @Base.x.getter
    def x(self):
        return self._x * 100
c = Child()
print(c.x)
c.x = 5
print(c.x)
class Override(Base):
    @property
    def x(self):
        return 'read only now'
o = Override()
print(o.x)
try:
    o.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
class UseSuper(Base):
    @property
    def x(self):
        return ('super', super().x)
print(UseSuper().x)
