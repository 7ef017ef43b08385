import circpkg.a
print('main: a.A_LATE =', circpkg.a.A_LATE)
import sys
print('circpkg.b' in sys.modules)
try:
    import circpkg.x
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
