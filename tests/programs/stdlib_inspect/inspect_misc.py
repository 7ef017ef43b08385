# unwrap, getattr_static, get_annotations, getfullargspec and function attributes.
import functools
import inspect


def base(x, y=1):
    return x + y


@functools.wraps(base)
def wrapper(*args, **kwargs):
    return base(*args, **kwargs)


@functools.wraps(wrapper)
def wrapper2(*args, **kwargs):
    return wrapper(*args, **kwargs)


print(inspect.unwrap(wrapper2) is base, inspect.unwrap(base) is base)
print(inspect.unwrap(wrapper2, stop=lambda f: f is wrapper) is wrapper)


class Loop:
    def __call__(self):
        pass


loop = Loop()
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print(type(e).__name__, str(e).split(' at 0x')[0])


class Thing:
    cls_attr = 'class'

    def __init__(self):
        self.inst_attr = 'instance'

    @property
    def prop(self):
        return 'computed'

    def method(self):
        pass

    def __getattr__(self, name):
        return 'fallback'


t = Thing()
print(inspect.getattr_static(t, 'inst_attr'), inspect.getattr_static(t, 'cls_attr'))
print(type(inspect.getattr_static(t, 'prop')).__name__, t.prop)
print(type(inspect.getattr_static(Thing, 'method')).__name__, inspect.getattr_static(t, 'missing', 'dflt'))
try:
    inspect.getattr_static(t, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
print(t.missing, inspect.getattr_static(Thing, '__init__') is Thing.__dict__['__init__'])


# get_annotations
def annotated(a: int, b: 'str', c=3) -> 'list[int]':
    pass


class Ann:
    x: int
    y: 'float' = 2.0


print(inspect.get_annotations(annotated))
print(inspect.get_annotations(annotated, eval_str=True)['b'])
print(inspect.get_annotations(Ann), inspect.get_annotations(Ann, eval_str=True))
print(inspect.get_annotations(base), inspect.get_annotations(wrapper))
try:
    inspect.get_annotations(3)
except TypeError as e:
    print(type(e).__name__, e)

# getfullargspec
def full(a, b=2, /, c=3, *args, d, e: int = 5, **kw) -> str:
    pass


spec = inspect.getfullargspec(full)
print(spec)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults)
print(inspect.getfullargspec(lambda: 0))


class K:
    def meth(self, q):
        pass


print(inspect.getfullargspec(K().meth).args)
try:
    inspect.getfullargspec(3)
except TypeError as e:
    print(type(e).__name__, e)

# Function introspection attributes
code = full.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames)
print(code.co_flags & inspect.CO_VARARGS != 0, code.co_flags & inspect.CO_VARKEYWORDS != 0,
      code.co_name, code.co_firstlineno > 0)
print(full.__defaults__, full.__kwdefaults__, full.__annotations__, full.__name__, full.__qualname__)
print(wrapper.__wrapped__ is base, wrapper.__name__, wrapper.__doc__)
print(inspect.formatannotation(int), inspect.formatannotation(list), inspect.formatannotation('x'),
      inspect.formatannotation(functools.partial))
