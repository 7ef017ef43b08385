# inspect.signature: Signature and Parameter objects and their text form.
import functools
import inspect
from inspect import Parameter, Signature
from typing import List, Optional, Dict


def f1(a, b=2, *args, c, d=4, **kw) -> int:
    pass


def f2(x, y, /, z=3, *, w):
    pass


def f3(p: int, q: 'str' = 'hi', *rest: float, flag: bool = False, **opts: Dict[str, int]) -> Optional[List[int]]:
    pass


def f4():
    pass


def f5(*, only):
    pass


def f6(a, /):
    pass


def f7(a=None, b=(1, 2), c='s\n', d=[1], e=f4):
    pass


for fn in (f1, f2, f3, f4, f5, f6, f7, lambda x, *y: 0, lambda: 0):
    sig = inspect.signature(fn)
    print(str(sig).replace(repr(f4), '<f4>'))

sig = inspect.signature(f1)
print(repr(sig), sig.return_annotation, list(sig.parameters))
for name, p in sig.parameters.items():
    print(name, repr(p), p.kind, p.kind.name, int(p.kind), p.kind.description,
          p.default is p.empty, p.annotation is Parameter.empty)
print(repr(Parameter.POSITIONAL_ONLY), Parameter.KEYWORD_ONLY > Parameter.VAR_POSITIONAL)
print(Parameter.empty, Signature.empty, Parameter.empty is inspect._empty)
p3 = inspect.signature(f3).parameters
print(p3['p'].annotation, p3['q'].annotation, p3['rest'].annotation, p3['opts'].annotation)
print(inspect.signature(f3).return_annotation)


# Classes, methods, partials, callables
class Point:
    def __init__(self, x, y=0, *, z=None):
        self.x = x

    def move(self, dx, dy=0):
        pass

    @classmethod
    def origin(cls, dims=2):
        pass

    @staticmethod
    def helper(v):
        pass

    def __call__(self, scale):
        pass


class WithNew:
    def __new__(cls, value, *extra):
        return super().__new__(cls)


class Plain:
    pass


class SubPoint(Point):
    pass


class Meta(type):
    def __call__(cls, token):
        pass


class Metaclassed(metaclass=Meta):
    pass


for obj in [Point, SubPoint, WithNew, Plain, Metaclassed, Point(1), Point(1).move,
            Point.move, Point.origin, Point.helper, object]:
    print(inspect.signature(obj))

print(inspect.signature(functools.partial(f1, 1, 2)))
print(inspect.signature(functools.partial(f1, b=5)))
print(inspect.signature(functools.partial(f2, 1)))
print(inspect.signature(functools.partial(f1, 1, c=3)))


def decorator(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@decorator
def decorated(alpha, beta=1):
    pass


print(inspect.signature(decorated), inspect.signature(decorated, follow_wrapped=False))


def custom():
    pass


custom.__signature__ = Signature([Parameter('zz', Parameter.KEYWORD_ONLY, default=1)])
print(inspect.signature(custom))

# Building signatures by hand
params = [Parameter('a', Parameter.POSITIONAL_ONLY),
          Parameter('b', Parameter.POSITIONAL_OR_KEYWORD, default=1, annotation=int),
          Parameter('args', Parameter.VAR_POSITIONAL),
          Parameter('k', Parameter.KEYWORD_ONLY, annotation='K'),
          Parameter('kw', Parameter.VAR_KEYWORD)]
made = Signature(params, return_annotation=str)
print(made, made.replace(return_annotation=Signature.empty))
print(made.replace(parameters=params[:2]))
print(params[1].replace(name='bb', default=Parameter.empty), params[1].replace(kind=Parameter.KEYWORD_ONLY))
print(made == Signature(params, return_annotation=str), made == made.replace(return_annotation=int))
print(hash(made) == hash(Signature(params, return_annotation=str)))
print(Parameter('a', Parameter.POSITIONAL_ONLY) == Parameter('a', 0), params[0] == params[1])
print(inspect.signature(f5) == Signature([Parameter('only', Parameter.KEYWORD_ONLY)]))

# Errors
for label, thunk in [
        ('not callable', lambda: inspect.signature(3)),
        ('builtin type', lambda: inspect.signature(int)),
        ('bad name', lambda: Parameter('1x', Parameter.POSITIONAL_ONLY)),
        ('keyword name', lambda: Parameter('def', Parameter.POSITIONAL_ONLY)),
        ('name type', lambda: Parameter(1, Parameter.POSITIONAL_ONLY)),
        ('bad kind', lambda: Parameter('a', 7)),
        ('var default', lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1)),
        ('order', lambda: Signature([params[3], params[0]])),
        ('duplicate', lambda: Signature([params[0], params[0]])),
        ('default order', lambda: Signature([params[1], Parameter('c', Parameter.POSITIONAL_OR_KEYWORD)])),
        ('bad __signature__', lambda: inspect.signature(type('X', (), {'__signature__': 5, '__call__': lambda s: 0})())),
        ('partial bad', lambda: inspect.signature(functools.partial(f6, 1, 2))),
]:
    try:
        print(label, thunk())
    except (TypeError, ValueError) as e:
        print(label, '!!', type(e).__name__, str(e).split(' at 0x')[0])
