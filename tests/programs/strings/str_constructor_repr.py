class A:
    def __repr__(self):
        return 'A()'
class B:
    def __str__(self):
        return 'B-str'
    def __repr__(self):
        return 'B-repr'
print(str(A()), repr(A()), str(B()), repr(B()), [A(), B()], f'{B()} {B()!r}')
print(str(), str(''), repr(''), repr('a\nb'), str(1 / 4), str(-0))
print(str(b'bytes'), str(1e100), str(True), str((1,)), str({'a': [1]}))
class Bad:
    def __str__(self):
        return 5
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(type(str(A())).__name__)
class MyStr(str):
    pass
m = MyStr('hi')
print(m, repr(m), type(m).__name__, m.upper(), type(m.upper()).__name__, m == 'hi', isinstance(m, str))
