class C:
    x = 1
    def m(self): pass
print(dir(C))
print(dir(object))
print([n for n in dir(C()) if not n.startswith('__')])
class S:
    __slots__ = ('a',)
