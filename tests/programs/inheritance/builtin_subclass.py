class MyList(list):
    def sum(self):
        return sum(self)
    def append(self, x):
        super().append(x * 10)
m = MyList([1, 2])
m.append(3)
print(m, m.sum(), len(m), type(m).__name__, type(m + [1]).__name__, m[1:], type(m[1:]).__name__)
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, str(v))
d = MyDict()
d['a'] = 1
d.update(b=2)
print(d, type(d).__name__)
class MyInt(int):
    def __repr__(self):
        return f'MyInt({int(self)})'
x = MyInt(5)
print(x, repr(x), x + 1, type(x + 1).__name__, x == 5, hash(x) == hash(5))
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
print(MyStr('hi').shout(), MyStr('a') + 'b', type(MyStr('a') + 'b').__name__)
class E(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise E(7)
except E as e:
    print(e, e.code, e.args, repr(e))
