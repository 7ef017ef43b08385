def g1():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit caught, cleaning up')
        raise
    finally:
        print('finally')
g = g1()
print(next(g))
print(g.close())
print(g.close())
print(next(g, 'closed gen is exhausted'))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'
g = returns_on_exit()
next(g)
print(g.close())
unstarted = g1()
unstarted.close()
print('closing an unstarted generator runs nothing')
