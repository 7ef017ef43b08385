class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with CM('a') as v:
    print('inside', v)
with CM('b', suppress=True):
    raise ValueError('boom')
print('after suppressed')
try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
