class A:
    def __repr__(self): return 5
class B:
    def __str__(self): return None
class C(Exception):
    def __repr__(self): return 1
for f in (str, repr, format, lambda x: f"{x}", lambda x: "%s" % (x,), print):
    for cls in (A, B):
        try:
            f(cls())
        except TypeError as e:
            print(cls.__name__, e)
print(str(C('m')), repr(B()).startswith('<'))
