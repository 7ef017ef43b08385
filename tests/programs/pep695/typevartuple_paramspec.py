def variadic[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args
def decorator[**P, R](fn: 'Callable[P, R]') -> 'Callable[P, R]':
    return fn
Ts = variadic.__type_params__[0]
P, R = decorator.__type_params__
print(type(Ts).__name__, repr(Ts), Ts.__name__)
print(type(P).__name__, repr(P), P.__name__, type(R).__name__)
print(variadic(1, 'a'), decorator(len)('abc'))
print(type(P.args).__name__, type(P.kwargs).__name__)
class Shape[*Dims]:
    pass
print(Shape.__type_params__, Shape[int, str])
