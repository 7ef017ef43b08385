print('{} and {}'.format('spam', 'eggs'))
print('{1} and {0}'.format('spam', 'eggs'))
print('{food} is {adj}'.format(food='spam', adj='good'))
print('{0:.3f} {0:e} {0:%}'.format(0.5))
print('{:<10}|{:>10}|{:^10}'.format('left', 'right', 'mid'))
print('{:=^20}'.format(' title '))
class Pt:
    x, y = 1, 2
print('{0.x},{0.y}'.format(Pt()))
print('{0[0]}-{0[2]}'.format('abc'), '{d[a]}'.format(d={'a': 'A'}))
print('{!r}'.format('s'), '{!s}'.format(1.0), '{!a}'.format('ü'))
print('{:#x} {:#o} {:#b}'.format(255, 8, 5))
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{:x}'.format(1.5)
except ValueError as e:
    print(type(e).__name__, e)
