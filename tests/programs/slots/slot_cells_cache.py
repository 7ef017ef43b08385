class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
class D(S):
    pass
s = S()
for i in range(3):
    try:
        print(s.a, s.b)
    except AttributeError as e:
        print(e)
    s.b = i
d = D()
d.__dict__['a'] = 99
for i in range(3):
    print(d.a, d.__dict__)
    d.a = i + 10
for i in range(2):
    try:
        del s.b
        print('deleted')
    except AttributeError as e:
        print('AE', e)
import gc
class N:
    __slots__ = ('other', '__weakref__')
x = N(); y = N(); x.other = y; y.other = x
del x, y
print(gc.collect() >= 2)
