x = 'global x'
class A:
    x = 'class x'
    y = x
    def method(self):
        return x
    lst = [x for _ in range(1)]
print(A.y, A().method(), A.lst)
class B:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(B.doubled)
def f():
    z = 'f local'
    class C:
        z = 'class z'
        def get(self):
            return z
    return C().get(), C.z
print(f())
class D:
    n = 5
    def show(self):
        try:
            return n
        except NameError as e:
            return f'{type(e).__name__}: {e}'
print(D().show())
