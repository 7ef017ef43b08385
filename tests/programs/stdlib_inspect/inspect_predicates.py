# The is* predicates, getmembers, getmro and getmodule.
import collections.abc
import functools
import inspect
import sys


def func(a, b=1):
    return a


def gen_func():
    yield 1


async def coro_func():
    return 1


async def agen_func():
    yield 1


class Base:
    """Base docstring."""
    attr = 10

    def method(self):
        return 1

    @classmethod
    def cmethod(cls):
        return 2

    @staticmethod
    def smethod():
        return 3

    @property
    def prop(self):
        return 4


class Child(Base):
    child_attr = 'c'

    def method(self):
        return 5


obj = Child()
g = gen_func()
c = coro_func()
ag = agen_func()
lam = lambda x: x
part = functools.partial(func, 1)
items = [('func', func), ('lambda', lam), ('gen_func', gen_func),
         ('coro_func', coro_func), ('agen_func', agen_func), ('generator', g),
         ('coroutine', c), ('async gen', ag), ('class', Child), ('instance', obj),
         ('bound method', obj.method), ('classmethod', Child.cmethod),
         ('staticmethod', Child.smethod), ('builtin len', len),
         ('module', inspect), ('int', 3), ('partial', part), ('code', func.__code__)]
preds = ['isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isroutine',
         'isgenerator', 'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction',
         'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'iscode', 'istraceback',
         'isframe']
for label, value in items:
    true = [p[2:] for p in preds if getattr(inspect, p)(value)]
    print(f'{label:14}', ' '.join(true))
c.close()

print(inspect.isgeneratorfunction(functools.partial(gen_func)),
      inspect.iscoroutinefunction(functools.partial(coro_func)),
      inspect.isgeneratorfunction(Child.method))


class Holder:
    async def amethod(self):
        pass

    def gmethod(self):
        yield


print(inspect.iscoroutinefunction(Holder().amethod), inspect.isgeneratorfunction(Holder().gmethod),
      inspect.iscoroutinefunction(Holder.amethod))


def plain():
    pass


inspect.markcoroutinefunction(plain)
print(inspect.iscoroutinefunction(plain), inspect.iscoroutinefunction(func))

# isabstract
print(inspect.isabstract(collections.abc.Iterable), inspect.isabstract(collections.abc.Sequence),
      inspect.isabstract(list), inspect.isabstract(Child), inspect.isabstract(3))


class MyIter(collections.abc.Iterator):
    def __next__(self):
        raise StopIteration


class HalfSeq(collections.abc.Sequence):
    def __len__(self):
        return 0


print(inspect.isabstract(MyIter), inspect.isabstract(HalfSeq))

# getmro and getmembers
print(inspect.getmro(Child))
members = inspect.getmembers(Child)
print([name for name, _ in members if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(obj, inspect.ismethod) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print(inspect.getmembers(obj, lambda v: isinstance(v, (int, str)) and not isinstance(v, bool)))


class WithGetattr:
    x = 1

    def __getattr__(self, name):
        return 'dynamic'


print([n for n, v in inspect.getmembers(WithGetattr()) if not n.startswith('__')])
print(inspect.getmodule(Child) is sys.modules['__main__'], inspect.getmodule(func).__name__,
      inspect.getmodule(inspect) is inspect)
print(inspect.getmodulename('/a/b/thing.py'), inspect.getmodulename('pkg/mod.pyc'),
      inspect.getmodulename('notes.txt'))
