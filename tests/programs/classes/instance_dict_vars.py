class A:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
o = A()
print(vars(o), o.__dict__ is vars(o))
o.__dict__['c'] = 3
print(o.c, sorted(vars(o)))
setattr(o, 'd', 4)
print(getattr(o, 'd'), getattr(o, 'zz', 'default'), hasattr(o, 'cls_attr'), hasattr(o, 'nope'))
delattr(o, 'a')
print(vars(o))
try:
    getattr(o, 'zz')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print('cls_attr' in dir(o), 'b' in dir(o), '__init__' in dir(o))
o.__dict__ = {'fresh': True}
print(vars(o))
