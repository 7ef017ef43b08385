"""Names for built-in types and helpers for creating classes dynamically
(Ferrython implementation)."""

import sys

__all__ = []


# Each type below is taken from a live object of that kind.

def _plain():
    pass


def _closure_maker():
    captured = 0

    def inner():
        return captured
    return inner


def _gen_maker():
    yield 0


async def _coro_maker():
    pass


async def _agen_maker():
    yield 0


class _Probe:
    def method(self):
        pass


FunctionType = type(_plain)
LambdaType = type(lambda: None)
CodeType = type(_plain.__code__)
MappingProxyType = type(int.__dict__)
CellType = type(_closure_maker().__closure__[0])
GeneratorType = type(_gen_maker())

_pending = _coro_maker()
CoroutineType = type(_pending)
_pending.close()
del _pending

_pending = _agen_maker()
AsyncGeneratorType = type(_pending)
del _pending

MethodType = type(_Probe().method)
BuiltinFunctionType = type(abs)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(int.__init__)
MethodWrapperType = type((7).__add__)
MethodDescriptorType = type(list.append)
ClassMethodDescriptorType = type(vars(dict)['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _caught:
    TracebackType = type(_caught.__traceback__)
    FrameType = type(_caught.__traceback__.tb_frame)
    del _caught

_slot_probe = FunctionType.__dict__.get('__code__')
GetSetDescriptorType = type(_slot_probe) if _slot_probe is not None else type(property())
_slot_probe = FunctionType.__dict__.get('__globals__')
MemberDescriptorType = type(_slot_probe) if _slot_probe is not None else GetSetDescriptorType
del _slot_probe

NoneType = type(None)
NotImplementedType = NotImplemented.__class__
EllipsisType = (...).__class__
UnionType = (int | None).__class__

del _plain, _closure_maker, _gen_maker, _coro_maker, _agen_maker, _Probe


# ------------------------------------------------------------ SimpleNamespace

_showing = set()


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        vars(self).update(kwargs)

    def __repr__(self):
        label = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _showing:
            return label + '(...)'
        _showing.add(key)
        try:
            shown = ', '.join('%s=%r' % pair for pair in vars(self).items())
        finally:
            _showing.discard(key)
        return '%s(%s)' % (label, shown)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(vars(self))


SimpleNamespace.__module__ = 'types'


# ------------------------------------------------------- dynamic class creation

def resolve_bases(bases):
    """Replace bases that define __mro_entries__ by what that method returns."""
    out = []
    changed = False
    for entry in bases:
        if isinstance(entry, type):
            out.append(entry)
            continue
        hook = getattr(entry, '__mro_entries__', None)
        if hook is None:
            out.append(entry)
            continue
        produced = hook(bases)
        changed = True
        if not isinstance(produced, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        out.extend(produced)
    if not changed:
        return bases
    return tuple(out)


def _winning_meta(meta, bases):
    """The most derived metaclass among meta and the metaclasses of bases."""
    best = meta
    for base in bases:
        candidate = type(base)
        if issubclass(best, candidate):
            continue
        if issubclass(candidate, best):
            best = candidate
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class '
                        'must be a (non-strict) subclass of the metaclasses '
                        'of all its bases')
    return best


def prepare_class(name, bases=(), kwds=None):
    """Work out the metaclass and namespace for a new class.

    Returns (metaclass, namespace, remaining keywords)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds['metaclass']
        del kwds['metaclass']
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if type(meta) is type or isinstance(meta, type):
        meta = _winning_meta(meta, bases)
    prep = getattr(meta, '__prepare__', None)
    ns = {} if prep is None else prep(name, bases, **kwds)
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class from its name, bases and keywords, the way a class statement would."""
    original = bases
    bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, bases, kwds)
    if callable(exec_body):
        exec_body(ns)
    if bases is not original:
        ns['__orig_bases__'] = original
    return meta(name, bases, ns, **kwds)


def get_original_bases(cls, /):
    """The bases of cls as written in its class statement (before __mro_entries__)."""
    try:
        found = cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError('Expected an instance of type, not %r'
                        % type(cls).__name__) from None
    return found


# ------------------------------------------------------ DynamicClassAttribute

class DynamicClassAttribute:
    """Attribute that behaves like a property on instances, while lookups on
    the class are sent to the class's __getattr__."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        own_doc = doc
        if own_doc is None and fget is not None:
            own_doc = getattr(fget, '__doc__', None)
        self.__doc__ = own_doc
        self.overwrite_doc = (doc is None)
        abstract = getattr(fget, '__isabstractmethod__', False)
        self.__isabstractmethod__ = True if abstract else False

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            getter = self.fget
            if getter is None:
                raise AttributeError('unreadable attribute')
            return getter(instance)
        if not self.__isabstractmethod__:
            raise AttributeError()
        return self

    def __set__(self, instance, value):
        setter = self.fset
        if setter is None:
            raise AttributeError("can't set attribute")
        setter(instance, value)

    def __delete__(self, instance):
        deleter = self.fdel
        if deleter is None:
            raise AttributeError("can't delete attribute")
        deleter(instance)

    def _copy_with(self, fget, fset, fdel):
        doc = None if self.overwrite_doc else self.__doc__
        twin = type(self)(fget, fset, fdel, doc)
        twin.overwrite_doc = self.overwrite_doc
        return twin

    def getter(self, fget):
        made = self._copy_with(fget, self.fset, self.fdel)
        if self.overwrite_doc:
            made.__doc__ = getattr(fget, '__doc__', None)
        return made

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel)


# ---------------------------------------------------------------- coroutine

class _AwaitableGenerator:
    """Makes a generator usable with await (and still as a generator)."""

    def __init__(self, gen):
        self._inner_gen = gen
        for label in ('__name__', '__qualname__'):
            setattr(self, label, getattr(gen, label, None))

    def send(self, value):
        return self._inner_gen.send(value)

    def throw(self, *args):
        return self._inner_gen.throw(*args)

    def close(self):
        inner = self._inner_gen
        return inner.close()

    def __next__(self):
        inner = self._inner_gen
        return inner.__next__()

    def __iter__(self):
        inner = self._inner_gen
        return inner if isinstance(inner, GeneratorType) else self

    __await__ = __iter__


def _forward(field):
    return property(lambda self: getattr(self._inner_gen, field))


for _ours, _theirs in (('gi_code', 'gi_code'), ('gi_frame', 'gi_frame'),
                       ('gi_running', 'gi_running'), ('gi_yieldfrom', 'gi_yieldfrom'),
                       ('cr_code', 'gi_code'), ('cr_frame', 'gi_frame'),
                       ('cr_running', 'gi_running'), ('cr_await', 'gi_yieldfrom')):
    setattr(_AwaitableGenerator, _ours, _forward(_theirs))
del _ours, _theirs


def coroutine(func):
    """Turn a generator function into one whose results can be awaited."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and code is not None and code.co_flags & 0x180:
        # already a coroutine function (or an iterable coroutine)
        return func

    import functools

    @functools.wraps(func)
    def adapted(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, CoroutineType) or isinstance(result, _AwaitableGenerator):
            return result
        if isinstance(result, GeneratorType):
            return _AwaitableGenerator(result)
        if hasattr(result, '__next__') and hasattr(result, 'send') and not hasattr(result, '__await__'):
            return _AwaitableGenerator(result)
        return result
    return adapted


# ------------------------------------------------------------- GenericAlias

def _show_type(obj):
    """How an argument of a parameterized generic is written in its repr."""
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, GenericAlias):
        return repr(obj)
    if isinstance(obj, FunctionType):
        return obj.__name__
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if isinstance(obj, list):
        return '[' + ', '.join(_show_type(x) for x in obj) + ']'
    return repr(obj)


def _type_params_in(args):
    found = []
    for a in args:
        if hasattr(a, '__typing_subst__') or type(a).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple'):
            if a not in found:
                found.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) or ():
                if p not in found:
                    found.append(p)
    return tuple(found)


# Names a GenericAlias never forwards to its origin.
_ALIAS_OWN = frozenset(['__class__', '__origin__', '__args__', '__unpacked__',
                        '__parameters__', '__typevar_types__', '__mro_entries__',
                        '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__'])


class GenericAlias:
    """Represent a parameterized generic such as list[int]."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', _type_params_in(args))
        object.__setattr__(self, '__unpacked__', False)

    def __repr__(self):
        args = self.__args__
        if not args:
            inner = '()'
        else:
            inner = ', '.join(_show_type(a) for a in args)
        text = '%s[%s]' % (_show_type(self.__origin__), inner)
        return '*' + text if self.__unpacked__ else text

    def __call__(self, *args, **kwargs):
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except Exception:
            pass
        return made

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name in _ALIAS_OWN:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        if name in ('__origin__', '__args__', '__parameters__', '__unpacked__'):
            raise AttributeError('readonly attribute')
        setattr(self.__origin__, name, value)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__
                and self.__unpacked__ == other.__unpacked__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | {'__origin__', '__args__', '__parameters__'})

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self,))
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(params):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(items) > len(params) else 'few',
                               self, len(items), len(params)))
        mapping = dict(zip(params, items))

        def substitute(arg):
            if arg in mapping:
                return mapping[arg]
            inner = getattr(arg, '__parameters__', None)
            if inner:
                return arg[tuple(mapping.get(p, p) for p in inner)]
            return arg
        return GenericAlias(self.__origin__, tuple(substitute(a) for a in self.__args__))

    def __iter__(self):
        starred = GenericAlias(self.__origin__, self.__args__)
        object.__setattr__(starred, '__unpacked__', True)
        yield starred


def _union(left, right):
    # Let the interpreter build a types.UnionType through a plain type.
    try:
        return UnionType._union_of(left, right)
    except Exception:
        pass
    import typing
    return typing.Union[left, right]


GenericAlias.__module__ = 'types'


def _export():
    names = [n for n, v in globals().items()
             if not n.startswith('_') and n not in ('sys',)
             and (isinstance(v, type) or callable(v))]
    __all__.extend(sorted(names))


_export()
