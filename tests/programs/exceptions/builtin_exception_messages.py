import math
cases = [
    lambda: [1][5],
    lambda: (1,)[5],
    lambda: 'ab'[9],
    lambda: {}['missing'],
    lambda: {}[(1, 2)],
    lambda: int('nope'),
    lambda: float('nope'),
    lambda: undefined_variable,
    lambda: None.foo,
    lambda: (1).foo,
    lambda: 'x'.foo,
    lambda: [].foo,
    lambda: object().foo,
    lambda: 1 / 0,
    lambda: math.sqrt(-1),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: next(iter([])),
    lambda: list(1),
    lambda: tuple(None),
    lambda: 'a' < 1,
    lambda: [1, 2, 3].remove(4),
    lambda: 'abc'.index('z'),
    lambda: (2 ** 10000) * 1.0,
    lambda: chr(-1),
    lambda: [0] * (2 ** 62),
    lambda: import_it(),
]
def import_it():
    import does_not_exist_anywhere
for c in cases:
    try:
        c()
    except BaseException as e:
        print(f'{type(e).__name__}: {e}')
