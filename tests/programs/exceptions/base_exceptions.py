try:
    raise KeyboardInterrupt
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
try:
    raise SystemExit(2)
except SystemExit as e:
    print('SystemExit caught, code', e.code)
def gen():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit in generator')
        raise
g = gen()
next(g)
g.close()
try:
    raise StopIteration('manual')
except StopIteration as e:
    print('StopIteration caught', e.value)
class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase('custom base')
    except Exception:
        print('wrong')
except BaseException as e:
    print(type(e).__name__, e)
