class Single:
    _instance = None
    def __new__(cls, *a):
        if cls._instance is None:
            print('creating')
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print('init', v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(Weird())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__, Pos(-5) + 1)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__new__(NoArgs).__class__.__name__)
