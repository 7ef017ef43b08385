class A:
    __slots__ = ()
class B:
    __slots__ = ()
class WithData:
    __slots__ = ('data',)
class Mixed(A, B, WithData):
    __slots__ = ('extra',)
m = Mixed()
m.data, m.extra = 1, 2
print(m.data, m.extra, [k.__name__ for k in Mixed.__mro__])
class Mixin:
    def describe(self):
        return f'{type(self).__name__} data={self.data}'
class Combined(Mixin, WithData):
    __slots__ = ()
c = Combined()
c.data = 'x'
print(c.describe(), hasattr(c, '__dict__'))
