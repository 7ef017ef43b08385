print('b: start')
from circpkg import a
print('b: sees a.A_EARLY =', a.A_EARLY)
print('b: a has A_LATE?', hasattr(a, 'A_LATE'))
B_VALUE = 'b value'
