class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Acc({self.v})'
    def __iadd__(self, o):
        print('iadd')
        self.v += o
        return self
    def __add__(self, o):
        print('add')
        return Acc(self.v + o)
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        print('sub fallback')
        return Acc(self.v - o)
    def __imul__(self, o):
        self.v *= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
a = Acc(1)
b = a
a += 5
print(a, a is b)
a -= 2
print(a, a is b)
a *= 3
a |= 1
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
class Weird:
    def __iadd__(self, o):
        return 'replaced'
w = Weird()
w += 1
print(w)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
