def inner():
    x = yield 1
    print('inner got', x)
    y = yield 2
    print('inner got', y)
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 3
g = outer()
print(next(g), g.send('a'), g.send('b'))
print(list(outer()))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(4)))
def thrower():
    try:
        yield 1
    except KeyError as e:
        print('caught in inner', e)
        yield 'recovered'
def deleg():
    yield from thrower()
g = deleg()
print(next(g), g.throw(KeyError('k')))
g.close()
def bad_inner():
    yield 1
    raise StopIteration
def deleg2():
    yield from bad_inner()
try:
    print(list(deleg2()))
except RuntimeError as e:
    print(type(e).__name__, e)
def err_inner():
    yield 1
    raise ValueError('x')
def deleg3():
    try:
        yield from err_inner()
    except ValueError as e:
        yield 'handled ' + str(e)
print(list(deleg3()))
g = deleg()
print(next(g), g.gi_yieldfrom is not None, g.gi_yieldfrom.gi_running)
def fresh():
    yield 0
def sender():
    gen = fresh()
    r = yield from gen
    return r
s = sender()
print(s.send(None))
try:
    s.send(5)
except StopIteration as e:
    print('stop', e.value)
