# GetoptError objects and errors caused by wrong argument types.
import getopt

print(getopt.__all__)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('bad thing')
print(repr(e.msg), repr(e.opt), e.args, str(e), repr(e))
e = getopt.GetoptError('m', 'o')
print(repr(e.msg), repr(e.opt), e.args, str(e), repr(e))
e.args = ('changed',)
print(str(e), e.msg)
print(repr(getopt.GetoptError.msg), repr(getopt.GetoptError.opt))
try:
    getopt.GetoptError()
except TypeError:
    print('TypeError without msg')
try:
    raise getopt.error('option -q not recognized', 'q')
except getopt.GetoptError as exc:
    print('caught', exc, exc.opt)

for call in [lambda: getopt.getopt(None, 'a'),
             lambda: getopt.gnu_getopt(None, 'a'),
             lambda: getopt.getopt(['-a'], None),
             lambda: getopt.gnu_getopt(['-a'], None),
             lambda: getopt.getopt(['--a'], 'a', None),
             lambda: getopt.getopt([1], 'a'),
             lambda: getopt.gnu_getopt([1], 'a'),
             lambda: getopt.getopt(['-a'], 'a', [1]),
             lambda: getopt.getopt('-a', 'a'),
             lambda: getopt.getopt(['--x'], '', [1])]:
    try:
        print(call())
    except Exception as exc:
        print(type(exc).__name__, exc)
