"""Names for the interpreter's built-in types (taken from sample objects),
SimpleNamespace, and helpers for creating classes dynamically."""

import sys


def _sample_function():
    pass


def _sample_generator():
    yield


class _SampleClass:
    def _method(self):
        pass


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)
MethodType = type(_SampleClass()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
GeneratorType = type(_sample_generator())
MappingProxyType = type(type.__dict__)
NoneType = type(None)
try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield


_coroutine = _sample_coroutine()
CoroutineType = type(_coroutine)
_coroutine.close()
AsyncGeneratorType = type(_sample_async_generator())
try:
    UnionType = type(int | str)
except TypeError:
    pass

del _sample_function, _sample_generator, _SampleClass
del _sample_coroutine, _sample_async_generator, _coroutine


class SimpleNamespace:
    """An object whose attributes are simply those given as keyword
    arguments (and any set later); it compares equal to another namespace
    with the same attributes."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace \
            else type(self).__name__
        if id(self) in _repr_running:
            return f'{name}(...)'
        _repr_running.add(id(self))
        try:
            inner = ', '.join([f'{k}={v!r}' for k, v in self.__dict__.items()])
        finally:
            _repr_running.discard(id(self))
        return f'{name}({inner})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and \
                isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = set()


# Dynamic class creation

def resolve_bases(bases):
    """Replace each base that defines __mro_entries__ by the classes it
    returns; return the bases unchanged when there is nothing to do."""
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            result.append(base)
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            result.append(base)
            continue
        new = entries(bases)
        if not isinstance(new, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        changed = True
        result.extend(new)
    return tuple(result) if changed else bases


def _most_derived_metaclass(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived '
                        'class must be a (non-strict) subclass of the '
                        'metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Work out the metaclass and the class namespace for a class
    statement; returns (metaclass, namespace, remaining keywords)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    if prepare is None:
        ns = {}
    else:
        ns = prepare(name, bases, **kwds)
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way a class statement would, with exec_body(ns)
    filling in the namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


def _type_repr(obj):
    """How a generic alias shows one argument."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class GenericAlias:
    """A builtin class parameterized by subscription, such as list[int]: calling it creates
    an instance of the class; it compares equal to aliases of the same class and arguments."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for a in args:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
            if hasattr(a, '__typing_subst__') and a not in params:
                params.append(a)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        if not self.__args__:
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{args}]'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    _NOT_FORWARDED = frozenset({
        '__origin__', '__args__', '__parameters__', '__mro_entries__', '__reduce__',
        '__reduce_ex__', '__copy__', '__deepcopy__', '__class__',
    })

    def __getattr__(self, name):
        if name in GenericAlias._NOT_FORWARDED:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(self.__parameters__):
            raise TypeError(f'Too {"many" if len(items) > len(self.__parameters__) else "few"}'
                            f' arguments for {self!r}')
        subst = dict(zip(self.__parameters__, items))
        new_args = tuple(subst.get(a, a) if not isinstance(a, type) else a
                         for a in self.__args__)
        return GenericAlias(self.__origin__, new_args)

    def __or__(self, other):
        union = type.__or__(self, other)
        if union is NotImplemented:
            import typing
            return typing.Union[self, other]
        return union

    def __ror__(self, other):
        union = type.__or__(other, self)
        if union is NotImplemented:
            import typing
            return typing.Union[other, self]
        return union
