class Animal:
    pass
def loud[T: Animal](x: T) -> T:
    return x
def number[N: (int, float)](n: N) -> N:
    return n
T = loud.__type_params__[0]
N = number.__type_params__[0]
print(T.__bound__, T.__constraints__)
print(N.__bound__, N.__constraints__)
print(repr(T), repr(N))
def lazy_bound[B: NotYetDefined]():
    pass
B = lazy_bound.__type_params__[0]
try:
    B.__bound__
except NameError as e:
    print(type(e).__name__, e)
class NotYetDefined:
    pass
print(B.__bound__)
