class C:
    def __len__(self):
        return 5
c = C()
c.__len__ = lambda: 100
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__repr__ = lambda: 'instance repr'
print(repr(d).startswith('<__main__.D object'))
D.__repr__ = lambda self: 'class repr'
print(repr(d))
class E:
    def __getattr__(self, name):
        return lambda *a: f'getattr {name}'
e = E()
print(e.__len__())
try:
    len(e)
except TypeError as err:
    print(type(err).__name__, err)
class F:
    __add__ = lambda self, o: f'added {o}'
print(F() + 1)
