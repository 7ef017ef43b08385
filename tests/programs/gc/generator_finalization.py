def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally ran')
g = gen()
print(next(g))
del g
print('after dropping generator')
def gen2():
    try:
        yield 'x'
    except GeneratorExit:
        print('GeneratorExit delivered')
        raise
g = gen2()
next(g)
g = None
print('end')
