import inspect
def g():
    yield 1
    yield 2
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen), gen.gi_running, gen.gi_frame is not None)
list(gen)
print(inspect.getgeneratorstate(gen), gen.gi_frame)
def self_aware():
    print('running inside:', inspect.getgeneratorstate(me), me.gi_running)
    yield
me = self_aware()
next(me)
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
print(g.__name__, gen.__name__, gen.__qualname__, gen.gi_code.co_name, inspect.isgenerator(gen), inspect.isgeneratorfunction(g))
print(repr(gen).startswith('<generator object g at'))
class K:
    def method(self):
        yield 1
print(K().method().__qualname__)
