# The source text a Timer generates, for strings and callables.
import timeit

def clock():
    return 0.0

for stmt, setup in [('x', 'x = 5'), ('a\nb', 'y=1\nz=2'), ('x=1', 'y=1\n'),
                    ('x = """a\nb"""', 'pass'), ('', ''), ('# only a comment', 'pass'),
                    ('lambda: (yield)', 'pass'), ('def f():\n  return 1', 'pass')]:
    t = timeit.Timer(stmt, setup, timer=clock)
    print(repr(t.src))

def work():
    pass
def prep():
    pass
print(repr(timeit.Timer(work, prep, timer=clock).src))
print(repr(timeit.Timer('a', prep, timer=clock).src))
print(repr(timeit.Timer(work, 'b = 2', timer=clock).src))
print(timeit.reindent('a\nb\nc', 3))

# Multi-line strings get the indentation too (a documented-by-behaviour quirk).
g = {'out': []}
timeit.Timer('out.append(s)', 's = """x\ny"""', timer=clock, globals=g).timeit(1)
print(g['out'])
