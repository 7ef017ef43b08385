def leaky():
    yield 1
    raise StopIteration('oops')
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', repr(e.__cause__))
def uses_next_on_empty():
    it = iter([])
    yield next(it)
try:
    print(list(uses_next_on_empty()))
except RuntimeError as e:
    print(type(e).__name__, e)
def ok():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(ok()))
