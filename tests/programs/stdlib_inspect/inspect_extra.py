# Extra checks: class signatures, getcallargs, frames, static lookup, closures.
import inspect
from inspect import Parameter, Signature


class NewAndInit:
    def __new__(cls, a, b=1):
        return super().__new__(cls)

    def __init__(self, a, b=1, c=2):
        pass


class InitOnly:
    def __init__(self, q, *, r=0):
        pass


class ChildOfInit(InitOnly):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)


for c in (NewAndInit, InitOnly, ChildOfInit):
    print(c.__name__, inspect.signature(c))


def f(a, b, c=3, *, d, e=5):
    pass


def g(x, *rest, **extra):
    pass


print(inspect.getcallargs(f, 1, 2, d=4))
print(inspect.getcallargs(g, 1, 2, 3, k=9))
for args, kw in [((1,), {'d': 1}), ((1, 2, 3, 4), {'d': 1}), ((1, 2), {}),
                 ((1, 2), {'d': 1, 'zz': 2}), ((1, 2), {'a': 1, 'd': 1})]:
    try:
        inspect.getcallargs(f, *args, **kw)
    except TypeError as e:
        print('TypeError', e)


def outer_fn():
    fr = inspect.currentframe()
    info = inspect.getframeinfo(fr)
    st = inspect.stack()
    return (fr.f_code.co_name, info.function, info.filename == __file__,
            [s.function for s in st][:2], st[1].function)


print(outer_fn())


def args_frame(p, q=2, *more, **opts):
    fr = inspect.currentframe()
    return inspect.getargvalues(fr)


ai = args_frame(1, 2, 3, x=4)
print(ai.args, ai.varargs, ai.keywords, ai.locals['p'], ai.locals['more'])
print(inspect.formatargvalues(ai.args, ai.varargs, ai.keywords,
                              {'p': 1, 'q': 2, 'more': (3,), 'opts': {'x': 4}}))

try:
    1 / 0
except ZeroDivisionError:
    tr = inspect.trace()
    print(len(tr), tr[0].function, tr[0].lineno)


class Desc:
    def __get__(self, inst, owner):
        return 'got'

    def __set__(self, inst, value):
        pass


class UsesDesc:
    d = Desc()


u = UsesDesc()
u.__dict__['d'] = 'shadow'
print(type(inspect.getattr_static(u, 'd')).__name__, u.d)
print(inspect.isdatadescriptor(UsesDesc.__dict__['d']), inspect.isdatadescriptor(property()),
      inspect.ismethoddescriptor(Desc()), inspect.isdatadescriptor(3))
print(inspect.getattr_static(UsesDesc, 'mro') is not None)

counter = 10


def make():
    hidden = 5

    def inner():
        return hidden + counter + len('')
    return inner


cv = inspect.getclosurevars(make())
print(cv.nonlocals, cv.unbound)

print(str(Signature()), repr(Signature()), Signature().parameters)
print(Parameter('x', Parameter.KEYWORD_ONLY, default=None, annotation='int'))
s = Signature([Parameter('a', 0), Parameter('b', 3)])
print(s, s.bind(1, b=2).arguments)
print(inspect.signature(lambda *, k=1: 0))
print(inspect.getfullargspec(f))
ba = inspect.signature(g).bind(1)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(inspect.Parameter.empty.__name__, inspect.Signature.empty is inspect.Parameter.empty)
print(inspect.ismethoddescriptor(f), inspect.isroutine(str.upper), inspect.isclass(int))
print(inspect.getmodulename('x/y.tar.gz'), inspect.getmodulename('y.py'))
print(inspect.cleandoc('   \n   a\n    b'))
