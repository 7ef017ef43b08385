class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print('computing', self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    @Lazy
    def expensive(self):
        return 42
d = Data()
print(d.expensive)
print(d.expensive)
d.expensive = 'overwritten'
print(d.expensive)
print(type(Data.expensive).__name__)
class Const:
    def __get__(self, obj, owner):
        return ('const', owner.__name__, obj is None)
class K:
    c = Const()
print(K.c, K().c)
k = K()
k.__dict__['c'] = 'instance wins'
print(k.c)
