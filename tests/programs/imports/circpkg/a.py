print('a: start')
A_EARLY = 'a early'
from circpkg import b
print('a: after importing b, b.B_VALUE =', b.B_VALUE)
A_LATE = 'a late'
