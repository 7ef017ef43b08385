import types, sys
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
a = list[int]
print(a.__origin__, a.__args__, a([1, 2]), a == list[int], list[int] == list[str], type(a))
u = list[int] | None
print(u, type(u))
try: isinstance([], list[int])
except TypeError as e: print(e)
class L(list[int]): pass
print(L.__bases__, L([3]), types.GenericAlias(dict, (str, int)))
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]; print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]), ns.a)
ns.me = ns; print(ns)
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
class NS(types.SimpleNamespace): pass
print(NS(z=2))
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp), 'k' in mp, mp.get('q'))
try: mp['x'] = 1
except TypeError as e: print(e)
def f(): pass
print(types.FunctionType is type(f), types.LambdaType is types.FunctionType, isinstance(len, types.BuiltinFunctionType))
print(isinstance(sys, types.ModuleType), types.ModuleType('m').__name__, types.NoneType, types.NotImplementedType, types.EllipsisType)
print(type(f.__code__) is types.CodeType, types.UnionType, isinstance(int | str, types.UnionType))
def g(): yield 1
print(isinstance(g(), types.GeneratorType), types.GeneratorType.__name__, types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
class A:
    def m(self): pass
print(isinstance(A().m, types.MethodType), types.MethodType(lambda self: 42, A())())
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw); return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
C = types.new_class('C', (), {'metaclass': Meta, 'flag': True}, lambda ns: ns.update(x=5))
print(C.__name__, C.x, C.injected, type(C).__name__)
print(types.prepare_class('D', (C,), {'flag': 1})[0].__name__)
print(types.resolve_bases((int, list[int])))
D = types.new_class('D', (list[int],))
print(D.__bases__, D.__orig_bases__)
class Q:
    @types.DynamicClassAttribute
    def name(self): return 'instance-name'
print(Q().name)
try: Q.name
except AttributeError as e: print('AttributeError', e)
import asyncio
@types.coroutine
def legacy():
    yield
    return 7
async def main():
    return await legacy()
print(asyncio.run(main()))
