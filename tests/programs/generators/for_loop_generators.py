import sys
def gen(n):
    for i in range(n):
        yield i * 2
    return 'done'
print([x for x in gen(5)], sum(x for x in gen(4)))
for v in gen(3):
    print('v', v)
def stopper():
    yield 1
    raise StopIteration('oops')
try:
    for x in stopper():
        print('got', x)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
def boom():
    yield 1
    1 / 0
try:
    for x in boom():
        pass
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
def outer():
    for x in inner():
        yield x + 100
def inner():
    yield 1
    yield 2
print(list(outer()))
g = gen(3)
for x in g:
    print(x, g.gi_running, sys._getframe().f_code.co_name)
    break
print(next(g), list(g))
def reentrant():
    for x in g2:
        yield x
g2 = reentrant()
try:
    for x in g2:
        pass
except ValueError as e:
    print(type(e).__name__, e)
def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    else:
        yield 'bottom'
print(list(deep(50)))
try:
    print(list(deep(2000)))
except RecursionError as e:
    print('RecursionError')
def running_check():
    yield g3.gi_running
g3 = running_check()
for r in g3:
    print('running inside:', r)
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
for x in with_finally():
    print(x)
    break
print('after break')
