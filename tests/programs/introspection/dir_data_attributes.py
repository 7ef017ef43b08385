def g(): yield 1
async def co(): pass
async def ag(): yield 1
c = co()
objs = [1, True, 1.5, 2j, range(3), slice(1), ValueError(), StopIteration(), SystemExit(), NameError(), AttributeError(), ImportError(), OSError(), SyntaxError(), g(), c, ag(), KeyError(), UnicodeDecodeError('utf-8', b'x', 0, 1, 'r')]
for o in objs:
    d = dir(o)
    print(type(o).__name__, [a for a in d if not a.startswith('__') or a in ('__cause__','__context__','__traceback__','__suppress_context__')])
    print([a for a in d if not hasattr(o, a)])
c.close()
