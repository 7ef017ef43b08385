# break/continue inside except, finally and with blocks leave the exception state as CPython does.
import sys
def f():
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError:
            if i == 0:
                continue
            raise
try:
    f()
except KeyError as e:
    print('caught', repr(e), repr(e.__context__))
print(sys.exc_info())
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i < 2:
                continue
            print('inside', sys.exc_info()[1])
            raise TypeError('t')
try:
    g()
except TypeError as e:
    print(repr(e), repr(e.__context__))
print(sys.exc_info())
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print('exit', a[0])
        return False
def h():
    for i in range(3):
        with CM():
            if i == 1:
                break
            try:
                raise OSError(i)
            except OSError:
                continue
    raise RuntimeError('after loop')
try:
    h()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def k():
    while True:
        try:
            try:
                raise IndexError
            finally:
                break
        except IndexError:
            print('not reached')
    print('k done', sys.exc_info())
k()
