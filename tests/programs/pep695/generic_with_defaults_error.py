def g[T](x: T = 5) -> T:
    return x
print(g(), g('explicit'))
class C[T]:
    def __init__(self, v: T = None):
        self.v = v
print(C().v, C(3).v)
try:
    C[int, str]
except TypeError as e:
    print(type(e).__name__, e)
