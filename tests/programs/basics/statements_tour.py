# One of each simple and compound statement form (except match/async/type, tested elsewhere).
import math
from math import pi as PI
x = 1                       # assignment
x += 1                      # augmented
y: int = 3                  # annotated
assert x == 2               # assert
pass                        # pass
del y                       # del
def f():                    # def + return + global
    global g
    g = 'global set'
    return 'f returned'
print(f(), g)
class C:                    # class
    pass
for i in range(2):          # for/else + continue
    continue
else:
    print('for-else', i)
while x < 5:                # while/else + break
    x += 1
    if x == 4:
        break
else:
    print('not reached')
print('x is', x)
if x == 4:                  # if/elif/else
    print('four')
elif x == 5:
    print('five')
else:
    print('other')
try:                        # try/except/else/finally + raise
    raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
else:
    print('no')
finally:
    print('finally')
with open('statements_tour_tmp.txt', 'w') as fh:   # with
    fh.write('x')
import os
os.remove('statements_tour_tmp.txt')
def gen():                  # yield
    yield 1
    yield from [2, 3]
print(list(gen()), round(PI, 2), math.floor(2.5))
def outer():
    v = 0
    def inner():            # nonlocal
        nonlocal v
        v += 1
    inner()
    return v
print(outer())
