def inner():
    x = yield 'inner-1'
    print('inner received', x)
    y = yield 'inner-2'
    print('inner received', y)
    return 'inner-result'
def outer():
    result = yield from inner()
    print('outer got', result)
    yield 'outer-final'
g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
print(next(g, 'done'))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain('ab', [1, 2], range(2), {'k': 0})))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_gen_expr():
    yield from (i * i for i in range(4))
print(list(from_gen_expr()))
def value_of_yield_from_list():
    r = yield from [1, 2]
    yield ('result', r)
print(list(value_of_yield_from_list()))
