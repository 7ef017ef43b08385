import sys
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=' | ', end=' <end>\n')
print()
print('no newline', end='')
print(' -> continued')
print(*range(5), sep=', ')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(1, 2.5, None, [1], {'a': 1}, (1,), sep='\t')
print('sep None', 'uses space', sep=None, end=None)
print('x', file=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('into', 'object', file=w, sep='+')
print(w.parts)
try:
    print('bad', end=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('bad', file=5)
except AttributeError as e:
    print(type(e).__name__, e)
sys.stdout.write('direct write\n')
print(sys.stdout.write('abc') if False else 'write returns count:', sys.stdout.write(''))
