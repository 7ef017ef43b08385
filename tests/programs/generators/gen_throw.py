def resilient():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('generator handled', e)
g = resilient()
print(next(g))
print(g.throw(ValueError('first')))
print(g.throw(ValueError('second')))
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
print(next(g, 'generator is finished'))
def fragile():
    yield 1
g = fragile()
try:
    g.throw(RuntimeError('before start'))
except RuntimeError as e:
    print('thrown into unstarted generator:', e)
print(list(g))
def cleanup():
    try:
        yield 1
    finally:
        print('finally during throw')
g = cleanup()
next(g)
try:
    g.throw(TypeError)
except TypeError as e:
    print('TypeError class thrown', repr(e))
