import sys

def who_called():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno, caller.f_globals['__name__']

def outer(x):
    y = x * 2
    return who_called(), sorted(sys._getframe(0).f_locals)

print(outer(3))

def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def a(): return chain()
print(a())

def gen():
    yield 1
g = gen()
print(g.gi_frame.f_code.co_name)
next(g)
print(g.gi_frame.f_lineno)
for _ in g:
    pass
print(g.gi_frame)

def fails():
    local_value = 42
    raise KeyError('k')

try:
    fails()
except KeyError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(entries)

for bad in (99, -1):
    try:
        sys._getframe(bad)
    except ValueError as err:
        print(type(err).__name__, err)
