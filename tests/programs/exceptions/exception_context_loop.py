def fail(n):
    raise ValueError(f'fail {n}')
errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
print([str(e) for e in errors], [e.__context__ for e in errors])
try:
    try:
        raise KeyError('a')
    except KeyError as a:
        try:
            raise IndexError('b')
        except IndexError as b:
            raise TypeError('c')
except TypeError as c:
    chain = []
    cur = c
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
import sys
print(sys.exc_info())
try:
    raise ValueError('current')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, repr(sys.exception()))
print(sys.exception())
