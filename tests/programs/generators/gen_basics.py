def simple():
    print('start')
    yield 1
    print('middle')
    yield 2
    print('end')
g = simple()
print('created, nothing ran yet')
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(next(g, 'exhausted again'))
def with_return():
    yield 'a'
    return 'the result'
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('return value:', e.value, e.args)
print(list(with_return()))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
