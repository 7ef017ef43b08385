"""Runtime support for type hints: special forms, generic aliases, TypeVar,
Generic, Protocol, NamedTuple, TypedDict and the introspection helpers."""

import collections
import collections.abc
import functools
import operator
import sys
import types

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping',
    'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator',
    'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt',
    'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict',
    'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
    'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'override', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
    'TypeAliasType', 'Unpack',
]

TYPE_CHECKING = False

_NoneType = type(None)
try:
    _UnionType = type(int | str)
except TypeError:
    _UnionType = None
_FunctionType = type(lambda: None)


def _caller_module(depth=2, default='__main__'):
    """Name of the module that called into typing, when the interpreter can
    tell; otherwise *default*."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return default
    try:
        return getframe(depth).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


def _is_dunder(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__')


def _type_repr(obj):
    """The way a type is shown inside the repr of a generic alias."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *,
                allow_special_forms=False):
    """Light validation of something used as a type argument: None becomes
    NoneType, strings become forward references, and a few misuses of the
    special forms are rejected."""
    banned = (Generic, Protocol)
    if not allow_special_forms:
        banned += (ClassVar,)
        if is_argument:
            banned += (Final,)
    arg = _type_convert(arg, module=module,
                        allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in banned:
        raise TypeError(f'{arg} is not valid as type argument')
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_tvt(x)


def _is_unpacked_tvt(x):
    return (isinstance(x, _UnpackGenericAlias) and
            isinstance(x.__args__[0], TypeVarTuple))


def _is_param_expr(arg):
    return (arg is ... or isinstance(arg, (tuple, list, ParamSpec)) or
            isinstance(arg, _ConcatenateGenericAlias))


def _collect_parameters(args):
    """The type variables found in args, in order of first appearance."""
    found = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if isinstance(arg, (tuple, list)):
            inner = _collect_parameters(arg)
            for p in inner:
                if p not in found:
                    found.append(p)
            continue
        if hasattr(arg, '__typing_subst__'):
            if arg not in found:
                found.append(arg)
            continue
        if _is_unpacked_tvt(arg):
            tvt = arg.__args__[0]
            if tvt not in found:
                found.append(tvt)
            continue
        for p in getattr(arg, '__parameters__', ()) or ():
            if p not in found:
                found.append(p)
    return tuple(found)


def _check_generic(cls, parameters, elen):
    if not elen:
        raise TypeError(f'{cls} is not a generic class')
    alen = len(parameters)
    if alen != elen:
        which = 'many' if alen > elen else 'few'
        raise TypeError(f'Too {which} arguments for {cls}; '
                        f'actual {alen}, expected {elen}')


def _dedup(params):
    """Drop repeated parameters, keeping the first of each."""
    out = []
    for p in params:
        for q in out:
            if q == p:
                break
        else:
            out.append(p)
    return tuple(out)


def _flatten_union(params):
    flat = []
    for p in params:
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        elif _UnionType is not None and isinstance(p, _UnionType):
            flat.extend(getattr(p, '__args__', (p,)))
        else:
            flat.append(p)
    return _dedup(flat)


class _Sentinel:
    __slots__ = ()

    def __repr__(self):
        return '<sentinel>'


_sentinel = _Sentinel()


# ---------------------------------------------------------------------------
# Special forms

class _Final:
    """Mixin for the internal classes of this module."""
    __slots__ = ()


class _NotIterable:
    """Mixin stopping iteration over an alias (which would otherwise fall
    back on __getitem__)."""
    __iter__ = None


class _SpecialForm(_Final, _NotIterable):
    """A named form such as Union or ClassVar; its behaviour when subscripted
    is given by the function it decorates."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem(self, *parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type compatible with every type.  It may be subclassed."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


def _make_plain_form(name, doc):
    def getitem(self, parameters):
        raise TypeError(f'{self} is not subscriptable')
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


NoReturn = _make_plain_form('NoReturn', 'Marks a function that never returns.')
Never = _make_plain_form('Never', 'The bottom type, which has no members.')
Self = _make_plain_form('Self', 'The type of the current enclosing class.')
LiteralString = _make_plain_form('LiteralString',
                                 'The type of literal strings.')
TypeAlias = _make_plain_form('TypeAlias',
                             'Marks an explicit type alias declaration.')


@_SpecialForm
def ClassVar(self, parameters):
    """Marks a class variable annotation."""
    item = _type_check(parameters, f'{self} accepts only single type.',
                       allow_special_forms=True)
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Marks a name that may not be reassigned or overridden."""
    item = _type_check(parameters, f'{self} accepts only single type.',
                       allow_special_forms=True)
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name='Optional')
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _type_check(parameters, f'{self} requires a single type.')
    return Union[arg, _NoneType]


def _literal_key(value):
    return (type(value), value)


@_LiteralSpecialForm
def Literal(self, *parameters):
    """A type whose values are exactly the given literals."""
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    out = []
    keys = []
    for p in flat:
        key = _literal_key(p)
        if key in keys:
            continue
        keys.append(key)
        out.append(p)
    return _LiteralGenericAlias(self, tuple(out))


@_SpecialForm
def Concatenate(self, parameters):
    """Prepends positional parameters to a ParamSpec: Concatenate[int, P]."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a '
                        'ParamSpec variable or ellipsis.')
    msg = 'Concatenate[arg, ...]: each arg must be a type.'
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]),
                  parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    """Marks a user-defined type guard function's return type."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """Marks a TypedDict key as required."""
    item = _type_check(parameters,
                       f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """Marks a TypedDict key as possibly missing."""
    item = _type_check(parameters,
                       f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Unpacks a TypeVarTuple or a TypedDict (for **kwargs)."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _UnpackGenericAlias(origin=self, args=(item,))


# ---------------------------------------------------------------------------
# Forward references

class ForwardRef(_Final):
    """A type given as a string, evaluated later."""

    def __init__(self, arg, is_argument=True, module=None, *,
                 is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                mod = sys.modules.get(self.__forward_module__, None)
                globalns = getattr(mod, '__dict__', globalns)
            value = eval(self.__forward_arg__, globalns, localns)
            value = _type_check(
                value, 'Forward references must evaluate to types.',
                is_argument=self.__forward_is_argument__,
                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(
                value, globalns, localns,
                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            extra = ''
        else:
            extra = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Evaluate the forward references inside t, rebuilding aliases whose
    arguments changed."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, _GenericAlias):
        args = t.__args__
        if isinstance(t, _AnnotatedAlias):
            args = (t.__origin__,)
        new = []
        changed = False
        for a in args:
            if isinstance(a, str):
                a2 = ForwardRef(a)
            else:
                a2 = a
            a2 = _eval_type(a2, globalns, localns, recursive_guard)
            if a2 is not a:
                changed = True
            new.append(a2)
        if not changed:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[tuple(new)]
        return t.copy_with(tuple(new))
    return t


# ---------------------------------------------------------------------------
# Type variables

class _TypeVarLike:
    """Shared behaviour of TypeVar, ParamSpec and TypeVarTuple."""

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f"type 'typing.{cls.__mro__[1].__name__}' "
                            'is not an acceptable base type')


def _variance_prefix(tv):
    if getattr(tv, '__infer_variance__', False):
        return ''
    if tv.__covariant__:
        return '+'
    if tv.__contravariant__:
        return '-'
    return '~'


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T'), optionally with a bound, with
    constraints, or declared covariant/contravariant."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        if not isinstance(name, str):
            raise TypeError("typevar() argument 'name' must be str, "
                            f'not {type(name).__name__}')
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if infer_variance and (covariant or contravariant):
            raise ValueError('Variance cannot be specified with '
                             'infer_variance.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self._constraints = tuple(_type_check(t, msg) for t in constraints)
        if bound is not None:
            bound = _type_check(bound, 'Bound must be a type.')
        self._bound = bound
        self._lazy = None
        mod = _caller_module(2, None)
        if mod != 'typing':
            self.__module__ = mod

    def _evaluate_lazy(self):
        # PEP 695: `T: bound` / `T: (A, B)` are evaluated on first access.
        thunk, is_constraints = self._lazy
        value = thunk()
        self._lazy = None
        if is_constraints:
            self._constraints = tuple(value)
        else:
            self._bound = value

    @property
    def __bound__(self):
        if self._lazy is not None:
            self._evaluate_lazy()
        return self._bound

    @property
    def __constraints__(self):
        if self._lazy is not None:
            self._evaluate_lazy()
        return self._constraints

    def __repr__(self):
        return _variance_prefix(self) + self.__name__

    def __typing_subst__(self, arg):
        msg = 'Parameters to generic types must be types.'
        arg = _type_check(arg, msg, is_argument=True)
        if (isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack) or \
                (isinstance(arg, _UnpackGenericAlias)):
            raise TypeError(f'{arg} is not valid as type argument')
        return arg


class TypeVarTuple(_TypeVarLike):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        mod = _caller_module(2, None)
        if mod != 'typing':
            self.__module__ = mod

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


class ParamSpecArgs(_Final):
    """The type of P.args."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs(_Final):
    """The type of P.kwargs."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_TypeVarLike):
    """A parameter specification variable: P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        if bound is not None:
            bound = _type_check(bound, 'Bound must be a type.')
        self.__bound__ = bound
        mod = _caller_module(2, None)
        if mod != 'typing':
            self.__module__ = mod

    def __repr__(self):
        return _variance_prefix(self) + self.__name__

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            arg = tuple(_type_check(a, 'Expected a type.') for a in arg)
        elif not _is_param_expr(arg):
            raise TypeError(f'Expected a list of types, an ellipsis, '
                            f'ParamSpec, or Concatenate. Got {arg}')
        return arg


# ---------------------------------------------------------------------------
# Generic aliases

_ALIAS_OWN_ATTRS = frozenset({'_name', '_inst', '_nparams'})


class _BaseGenericAlias(_Final):
    """Common part of List (unsubscripted) and List[int] (subscripted)."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or \
                    (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return self._name or self.__origin__.__name__
        if not _is_dunder(attr) and '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in _ALIAS_OWN_ATTRS:
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with'
                        ' class and instance checks')

    def __dir__(self):
        names = set(dir(self.__origin__))
        names.update(self.__dict__)
        return sorted(n for n in names if not _is_dunder(n))


class _GenericAlias(_BaseGenericAlias):
    """A subscripted generic: List[int], Generic[T], MyClass[str], ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a
                              for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and
                self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        params = self.__parameters__
        if len(params) == 1 and isinstance(params[0], ParamSpec) and \
                not (len(args) == 1 and _is_param_expr(args[0])):
            args = (args,)
        subst = _make_substitution(self, params, args)
        new_args = []
        for old in self.__args__:
            value = _substitute(old, subst)
            if _is_unpacked_tvt(old) and isinstance(value, tuple):
                new_args.extend(value)
            else:
                new_args.append(value)
        return self.copy_with(tuple(new_args))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name,
                              inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            args = '()'
        return f'{name}[{args}]'

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


def _make_substitution(alias, params, args):
    """Map each of alias's parameters to its argument, checking counts."""
    tvt_index = None
    for i, p in enumerate(params):
        if isinstance(p, TypeVarTuple):
            tvt_index = i
    if tvt_index is None:
        if len(args) != len(params):
            which = 'many' if len(args) > len(params) else 'few'
            raise TypeError(f'Too {which} arguments for {alias}; actual '
                            f'{len(args)}, expected {len(params)}')
        subst = {}
        for p, a in zip(params, args):
            subst[p] = p.__typing_subst__(a) if hasattr(
                p, '__typing_subst__') else a
        return subst
    before = tvt_index
    after = len(params) - tvt_index - 1
    if len(args) < before + after:
        raise TypeError(f'Too few arguments for {alias}; actual '
                        f'{len(args)}, expected at least {before + after}')
    subst = {}
    for p, a in zip(params[:before], args[:before]):
        subst[p] = p.__typing_subst__(a)
    middle = args[before:len(args) - after]
    subst[params[tvt_index]] = tuple(middle)
    for p, a in zip(params[before + 1:], args[len(args) - after:]):
        subst[p] = p.__typing_subst__(a)
    return subst


def _substitute(arg, subst):
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
        return subst.get(arg, arg)
    if _is_unpacked_tvt(arg):
        return subst.get(arg.__args__[0], arg)
    if isinstance(arg, (list, tuple)):
        return type(arg)(_substitute(a, subst) for a in arg)
    params = getattr(arg, '__parameters__', None)
    if params and not isinstance(arg, type):
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


class _TypingEllipsis:
    """Internal placeholder for ... in argument lists."""


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias):
    """An unsubscripted alias of a concrete class, such as List or Dict."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = (f'A generic version of '
                            f'{origin.__module__}.{origin.__qualname__}.')

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name,
                             inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _alias(origin, nparams, *, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


class _CallableGenericAlias(_NotIterable, _GenericAlias):
    """Callable[[int], str]: __args__ holds the parameter types followed by
    the result type."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'

    def copy_with(self, params):
        flat = []
        if len(params) == 2 and isinstance(params[0], (list, tuple)):
            flat.extend(params[0])
            flat.append(params[1])
            params = tuple(flat)
        return _CallableGenericAlias(self.__origin__, params,
                                     name=self._name, inst=self._inst)

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias):
    """The unsubscripted Callable."""

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params,
                                     name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as '
                            'Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self.__getitem_inner__(params)

    def __getitem_inner__(self, params):
        args, result = params
        msg = 'Callable[args, result]: result must be a type.'
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            return self.copy_with((args, result))
        msg = 'Callable[[arg, ...], result]: each arg must be a type.'
        args = tuple(_type_convert(a) for a in args)
        return self.copy_with((*args, result))


class _TupleType(_SpecialGenericAlias):
    """The unsubscripted Tuple, which takes any number of arguments."""

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = 'Tuple[t, ...]: t must be a type.'
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_NotIterable, _GenericAlias):
    """Union[int, str] and Optional[int]."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if isinstance(other, _UnionGenericAlias):
            return set(self.__args__) == set(other.__args__)
        if _UnionType is not None and isinstance(other, _UnionType):
            args = getattr(other, '__args__', None)
            if args is not None:
                return set(self.__args__) == set(args)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return operator.getitem, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    """Literal[1, 'a']."""

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(map(_literal_key, self.__args__)) == \
            set(map(_literal_key, other.__args__))

    def __hash__(self):
        return hash(frozenset(map(_literal_key, self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias):
    """Concatenate[int, P]."""

    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias):
    """Unpack[Ts] (also written *Ts)."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, args, inst=inst, name=name)

    def __repr__(self):
        return f'typing.Unpack[{_type_repr(self.__args__[0])}]'

    def __getitem__(self, args):
        if _is_unpacked_tvt(self):
            return args
        return super().__getitem__(args)


class _AnnotatedAlias(_NotIterable, _GenericAlias):
    """Annotated[T, meta, ...]: __origin__ is T, __metadata__ the rest."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        meta = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {meta}]'

    def __reduce__(self):
        return operator.getitem, (Annotated,
                                  (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and
                self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x] is the type T carrying the metadata x."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least '
                            'two arguments (a type and an annotation).')
        if _is_unpacked_tvt(params[0]):
            origin = params[0]
        else:
            msg = 'Annotated[t, ...]: t must be a type.'
            origin = _type_check(params[0], msg, allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


# ---------------------------------------------------------------------------
# Generic and Protocol

def _generic_class_getitem(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(_type_convert(p) for p in params)
    if cls in (Generic, Protocol):
        if not params:
            raise TypeError(
                f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        if not all(_is_typevar_like(p) for p in params):
            raise TypeError(
                f'Parameters to {cls.__name__}[...] must all be type '
                'variables or parameter specification variables.')
        if len(set(params)) != len(params):
            raise TypeError(
                f'Parameters to {cls.__name__}[...] must all be unique')
        return _GenericAlias(cls, params)
    own = cls.__dict__.get('__parameters__', None)
    if own is None:
        own = getattr(cls, '__parameters__', ())
    if not own:
        raise TypeError(f'{cls} is not a generic class')
    if len(own) == 1 and isinstance(own[0], ParamSpec) and \
            not (len(params) == 1 and _is_param_expr(params[0])):
        params = (params,)
    has_tvt = any(isinstance(p, TypeVarTuple) for p in own)
    if not has_tvt:
        _check_generic(cls, params, len(own))
    else:
        _make_substitution(cls, own, params)
    new = []
    for p, a in zip(own, params) if not has_tvt else ():
        new.append(p.__typing_subst__(a) if hasattr(p, '__typing_subst__')
                   else a)
    if has_tvt:
        new = list(params)
    return _GenericAlias(cls, tuple(new))


class Generic:
    """Base class for generic classes: class C(Generic[T]): ...; C[int]
    then gives an alias whose instances are C instances."""

    __slots__ = ()
    _is_protocol = False

    @classmethod
    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and
                     cls.__name__ != 'Protocol' and
                     type(cls) is not _TypedDictMeta)
        if error:
            raise TypeError('Cannot inherit from plain Generic')
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and \
                        base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] '
                                        'multiple times.')
                    gvars = base.__parameters__
            if gvars is None:
                for base in cls.__orig_bases__:
                    if isinstance(base, _GenericAlias) and \
                            base.__origin__ is Protocol:
                        gvars = base.__parameters__
                        which = 'Protocol'
                        break
            else:
                which = 'Generic'
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f'Some type variables ({s_vars}) are '
                                    f'not listed in {which}[{s_args}]')
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


_PROTO_EXCLUDED = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '__parameters__', '__orig_bases__',
    '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '__callable_proto_members_only__',
    '__type_params__', '__qualname__', '__firstlineno__',
    '__static_attributes__', '__non_callable_proto_members__',
})

_PROTO_ALLOWED_BASES = {
    'collections.abc': [
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
        'Buffer', 'AsyncIterator',
    ],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {'Protocol', 'Generic'}:
            continue
        names = list(base.__dict__)
        names.extend(base.__dict__.get('__annotations__', {}) or {})
        for attr in names:
            if attr.startswith('_abc_') or attr in _PROTO_EXCLUDED:
                continue
            attrs.add(attr)
    return attrs


def _pick_abcmeta():
    ours = collections.abc._ABCMeta if hasattr(
        collections.abc, '_ABCMeta') else type(collections.abc.Iterable)
    try:
        import abc
        other = abc.ABCMeta
    except (ImportError, AttributeError):
        return ours
    if issubclass(ours, other):
        return ours
    return other


_ABCBase = _pick_abcmeta()

# Depth of the nested subclass checks made by the ABC machinery on behalf of
# a protocol: inside them the runtime_checkable rules are not enforced.
_reckless = [0]


class _ProtocolMeta(_ABCBase):
    """Metaclass of Protocol: structural isinstance/issubclass checks."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        if name == 'Protocol' and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                if base in {object, Generic}:
                    continue
                if base.__name__ in _PROTO_ALLOWED_BASES.get(
                        base.__module__, []):
                    continue
                if isinstance(base, type) and issubclass(base, Generic) \
                        and getattr(base, '_is_protocol', False):
                    continue
                raise TypeError('Protocols can only inherit from other '
                                f'protocols, got {base!r}')
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(cls, '_is_protocol', False):
            cls.__protocol_attrs__ = _protocol_attrs(cls)
            cls.__callable_proto_members_only__ = all(
                callable(getattr(cls, a, None))
                for a in cls.__protocol_attrs__)

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, '_is_protocol', False) and not _reckless[0]:
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if not cls.__callable_proto_members_only__ and \
                    cls.__dict__.get('__subclasshook__') is _proto_hook:
                raise TypeError("Protocols with non-method members don't "
                                'support issubclass()')
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be '
                                'used with @runtime_checkable protocols')
        _reckless[0] += 1
        try:
            return super().__subclasscheck__(other)
        finally:
            _reckless[0] -= 1

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False) and \
                not _reckless[0]:
            raise TypeError('Instance and class checks can only be used '
                            'with @runtime_checkable protocols')
        _reckless[0] += 1
        try:
            if super().__instancecheck__(instance):
                return True
        finally:
            _reckless[0] -= 1
        for attr in cls.__protocol_attrs__:
            try:
                val = _static_lookup(instance, attr)
            except AttributeError:
                return False
            if val is None and callable(getattr(cls, attr, None)):
                return False
        return True


def _static_lookup(obj, attr):
    """Find attr on obj without running descriptors or __getattr__."""
    try:
        d = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        d = None
    if d is not None and attr in d:
        return d[attr]
    for klass in type(obj).__mro__:
        if attr in klass.__dict__:
            return klass.__dict__[attr]
    if isinstance(obj, type):
        for klass in obj.__mro__:
            if attr in klass.__dict__:
                return klass.__dict__[attr]
    raise AttributeError(attr)


@classmethod
def _proto_hook(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = base.__dict__.get('__annotations__', {}) or {}
            if isinstance(annotations, dict) and attr in annotations and \
                    issubclass(other, Generic) and \
                    getattr(other, '_is_protocol', False):
                break
        else:
            return NotImplemented
    return True


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes, which describe an interface by the
    methods (and attributes) an object must have."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Class decorator allowing isinstance() and issubclass() checks
    against a protocol class."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or \
            not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to '
                        f'protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    cls.__protocol_attrs__ = _protocol_attrs(cls)
    cls.__non_callable_proto_members__ = set(
        a for a in cls.__protocol_attrs__
        if not callable(getattr(cls, a, None)))
    return cls


def _abstractmethod(func):
    func.__isabstractmethod__ = True
    return func


@runtime_checkable
class SupportsInt(Protocol):
    """An object with an __int__ method."""
    __slots__ = ()

    @_abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An object with a __float__ method."""
    __slots__ = ()

    @_abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An object with a __complex__ method."""
    __slots__ = ()

    @_abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An object with a __bytes__ method."""
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An object with an __index__ method."""
    __slots__ = ()

    @_abstractmethod
    def __index__(self) -> int:
        pass


_T_co = TypeVar('T_co', covariant=True)


@runtime_checkable
class SupportsAbs(Protocol[_T_co]):
    """An object with an __abs__ method."""
    __slots__ = ()

    @_abstractmethod
    def __abs__(self) -> _T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[_T_co]):
    """An object with a __round__ method."""
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits: int = 0) -> _T_co:
        pass


# ---------------------------------------------------------------------------
# Aliases of the standard collection classes

def _abc_or_fallback(name, *methods, bases=(), extra=None):
    """collections.abc.<name>, or a stand-in recognising the methods when
    that module lacks it."""
    found = getattr(collections.abc, name, None)
    if found is not None:
        return found

    def hook(cls, C):
        if cls is not fallback:
            return NotImplemented
        for m in methods:
            for base in C.__mro__:
                if m in base.__dict__:
                    if base.__dict__[m] is None:
                        return NotImplemented
                    break
            else:
                return NotImplemented
        return True

    ns = {'__slots__': (), '__subclasshook__': classmethod(hook),
          '__module__': 'collections.abc'}
    if extra:
        ns.update(extra)
    fallback = _ABCBase(name, tuple(bases), ns)
    return fallback


def _context_manager_abc(name, *methods):
    try:
        import contextlib
        found = getattr(contextlib, name, None)
        if found is not None:
            return found
    except ImportError:
        pass
    cls = _abc_or_fallback(name, *methods)
    cls.__module__ = 'contextlib'
    return cls


def _aiter_self(self):
    return self


_Awaitable = _abc_or_fallback('Awaitable', '__await__')
_Coroutine = _abc_or_fallback('Coroutine', '__await__', 'send', 'throw',
                              'close', bases=(_Awaitable,))
_AsyncIterable = _abc_or_fallback('AsyncIterable', '__aiter__')
_AsyncIterator = _abc_or_fallback('AsyncIterator', '__aiter__', '__anext__',
                                  bases=(_AsyncIterable,),
                                  extra={'__aiter__': _aiter_self})
_AsyncGenerator = _abc_or_fallback('AsyncGenerator', '__aiter__',
                                   '__anext__', 'asend', 'athrow', 'aclose',
                                   bases=(_AsyncIterator,))
_ByteString = getattr(collections.abc, 'ByteString', None)
_AbstractContextManager = _context_manager_abc(
    'AbstractContextManager', '__enter__', '__exit__')
_AbstractAsyncContextManager = _context_manager_abc(
    'AbstractAsyncContextManager', '__aenter__', '__aexit__')

Hashable = _alias(collections.abc.Hashable, 0)
Awaitable = _alias(_Awaitable, 1)
Coroutine = _alias(_Coroutine, 3)
AsyncIterable = _alias(_AsyncIterable, 1)
AsyncIterator = _alias(_AsyncIterator, 1)
Iterable = _alias(collections.abc.Iterable, 1)
Iterator = _alias(collections.abc.Iterator, 1)
Reversible = _alias(collections.abc.Reversible, 1)
Sized = _alias(collections.abc.Sized, 0)
Container = _alias(collections.abc.Container, 1)
Collection = _alias(collections.abc.Collection, 1)
Callable = _CallableType(collections.abc.Callable, 2)
Callable.__doc__ = ('Callable[[X, Y], R] is a callable taking X and Y and '
                    'returning R.')
AbstractSet = _alias(collections.abc.Set, 1, name='AbstractSet')
MutableSet = _alias(collections.abc.MutableSet, 1)
Mapping = _alias(collections.abc.Mapping, 2)
MutableMapping = _alias(collections.abc.MutableMapping, 2)
Sequence = _alias(collections.abc.Sequence, 1)
MutableSequence = _alias(collections.abc.MutableSequence, 1)
if _ByteString is not None:
    ByteString = _alias(_ByteString, 0)
else:
    ByteString = _alias(_abc_or_fallback('ByteString', '__len__',
                                         '__getitem__', 'decode'), 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
Tuple.__doc__ = 'Tuple[X, Y] is a pair; Tuple[X, ...] any length.'
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(collections.abc.MappingView, 1)
KeysView = _alias(collections.abc.KeysView, 1)
ItemsView = _alias(collections.abc.ItemsView, 2)
ValuesView = _alias(collections.abc.ValuesView, 1)
ContextManager = _alias(_AbstractContextManager, 1, name='ContextManager')
AsyncContextManager = _alias(_AbstractAsyncContextManager, 1,
                             name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(collections.abc.Generator, 3)
AsyncGenerator = _alias(_AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')
Type.__doc__ = 'Type[C] is the class C or one of its subclasses.'

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


# ---------------------------------------------------------------------------
# NamedTuple

_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__',
                            '__getnewargs__', '_fields', '_field_defaults',
                            '_make', '_replace', '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__',
                         '__qualname__', '__doc__', '__orig_bases__',
                         '__classcell__', '__firstlineno__',
                         '__static_attributes__'})


def _make_nmtuple(name, fields, module, defaults=()):
    fields = list(fields)
    names = [n for n, t in fields]
    msg = 'NamedTuple(\'Name\', [(f0, t0), (f1, t1), ...]); each t must be a type'
    annotations = {n: _type_check(t, msg, module=module) for n, t in fields}
    nm_tpl = collections.namedtuple(name, names, defaults=defaults,
                                    module=module)
    nm_tpl.__annotations__ = annotations
    try:
        nm_tpl.__new__.__annotations__ = annotations
    except (AttributeError, TypeError):
        pass
    return nm_tpl


class NamedTupleMeta(type):
    """Metaclass turning `class P(NamedTuple)` into a namedtuple class."""

    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type '
                                'and Generic')
        bases = tuple(tuple if b is _NamedTuple else b for b in bases)
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field in types_:
            if field in ns:
                default_names.append(field)
            elif default_names:
                plural = 's' if len(default_names) > 1 else ''
                raise TypeError(f'Non-default namedtuple field {field} '
                                f'cannot follow default field{plural} '
                                f'{", ".join(default_names)}')
        nm_tpl = _make_nmtuple(typename, types_.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        if Generic in bases:
            try:
                nm_tpl.__bases__ = bases
            except (AttributeError, TypeError):
                pass
            nm_tpl.__class_getitem__ = classmethod(_generic_class_getitem)
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple '
                                     'attribute ' + key)
            if key not in _NT_SPECIAL and key not in nm_tpl._fields:
                value = ns[key]
                setattr(nm_tpl, key, value)
                set_name = getattr(type(value), '__set_name__', None)
                if set_name is not None:
                    set_name(value, nm_tpl, key)
        if '__doc__' in ns and ns['__doc__'] is not None:
            nm_tpl.__doc__ = ns['__doc__']
        if '__qualname__' in ns:
            nm_tpl.__qualname__ = ns['__qualname__']
        if '__orig_bases__' in ns:
            nm_tpl.__orig_bases__ = ns['__orig_bases__']
        if Generic in bases:
            nm_tpl.__parameters__ = _collect_parameters(
                ns.get('__orig_bases__', ()))
        return nm_tpl


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _function_mro_entries_work():
    def probe():
        pass
    probe.__mro_entries__ = lambda bases: (object,)
    try:
        class _Check(probe):
            pass
    except TypeError:
        return False
    return True


_FUNCTION_MRO_ENTRIES = _function_mro_entries_work()

if _FUNCTION_MRO_ENTRIES:
    def NamedTuple(typename, fields=None, /, **kwargs):
        """Typed version of collections.namedtuple, usable as a base class:
        class Point(NamedTuple): x: int; y: int = 0."""
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be '
                            'provided to NamedTuple, not both')
        nt = _make_nmtuple(typename, fields, module=_caller_module(2))
        nt.__orig_bases__ = (NamedTuple,)
        return nt
    NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)
else:
    class _NamedTupleFactory:
        """Stand-in for the NamedTuple function on interpreters that do not
        look up __mro_entries__ on function objects."""
        __name__ = __qualname__ = 'NamedTuple'
        __module__ = 'typing'

        def __call__(self, typename, fields=None, /, **kwargs):
            if fields is None:
                fields = kwargs.items()
            elif kwargs:
                raise TypeError('Either list of fields or keywords can be '
                                'provided to NamedTuple, not both')
            nt = _make_nmtuple(typename, fields, module=_caller_module(2))
            nt.__orig_bases__ = (NamedTuple,)
            return nt

        def __mro_entries__(self, bases):
            return (_NamedTuple,)

        def __repr__(self):
            return '<function NamedTuple>'

    NamedTuple = _NamedTupleFactory()


# ---------------------------------------------------------------------------
# TypedDict

def _typeddict_qualifiers(tp):
    while True:
        if isinstance(tp, _AnnotatedAlias):
            tp = tp.__origin__
        elif isinstance(tp, _GenericAlias) and \
                tp.__origin__ in (Required, NotRequired):
            yield tp.__origin__
            tp = tp.__args__[0]
        else:
            return


class _TypedDictMeta(type):
    """Metaclass of TypedDict classes; calling one makes a plain dict."""

    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        if any(issubclass(b, Generic) for b in bases):
            generic_base = (Generic,)
        else:
            generic_base = ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict),
                               ns)
        if '__orig_bases__' in ns:
            tp_dict.__orig_bases__ = ns['__orig_bases__']
        annotations = {}
        own = ns.get('__annotations__', {})
        msg = ("TypedDict('Name', {f0: t0, f1: t1, ...}); "
               'each t must be a type')
        own = {n: _type_check(tp, msg, module=tp_dict.__module__)
               for n, tp in own.items()}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            quals = set(_typeddict_qualifiers(tp))
            if Required in quals:
                is_required = True
            elif NotRequired in quals:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class '
                        'checks')

    __instancecheck__ = __subclasscheck__


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


if _FUNCTION_MRO_ENTRIES:
    def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
        """A dict type with a fixed set of typed keys; instances are plain
        dicts.  Use as a base class or call TypedDict('Name', {...})."""
        if fields is None:
            fields = kwargs
        elif kwargs:
            raise TypeError('TypedDict takes either a dict or keyword '
                            'arguments, but not both')
        ns = {'__annotations__': dict(fields),
              '__module__': _caller_module(2)}
        td = _TypedDictMeta(typename, (), ns, total=total)
        td.__orig_bases__ = (TypedDict,)
        return td
    TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
else:
    class _TypedDictFactory:
        """Stand-in for the TypedDict function on interpreters that do not
        look up __mro_entries__ on function objects."""
        __name__ = __qualname__ = 'TypedDict'
        __module__ = 'typing'

        def __call__(self, typename, fields=None, /, *, total=True,
                     **kwargs):
            if fields is None:
                fields = kwargs
            elif kwargs:
                raise TypeError('TypedDict takes either a dict or keyword '
                                'arguments, but not both')
            ns = {'__annotations__': dict(fields),
                  '__module__': _caller_module(2)}
            td = _TypedDictMeta(typename, (), ns, total=total)
            td.__orig_bases__ = (TypedDict,)
            return td

        def __mro_entries__(self, bases):
            return (_TypedDict,)

        def __repr__(self):
            return '<function TypedDict>'

    TypedDict = _TypedDictFactory()


def is_typeddict(tp):
    """True if tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------------------
# NewType and TypeAliasType

class NewType:
    """A distinct name for a type, checked only statically: at run time
    UserId = NewType('UserId', int) just returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        mod = _caller_module(2)
        if mod != 'typing':
            self.__module__ = mod

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('_idfunc() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('_typing._idfunc() takes exactly one argument '
                            f'({len(args)} given)')
        return args[0]

    def __mro_entries__(self, bases):
        supername = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError(
                    'Cannot subclass an instance of NewType. Perhaps you '
                    f'were looking for: `{sub} = NewType({sub!r}, '
                    f'{supername})`')

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeAliasType:
    """An alias made by a `type X = ...` statement (or directly):
    __value__ is computed on first use."""

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError('TypeAliasType.__init__() argument \'name\' '
                            f'must be str, not {type(name).__name__}')
        object.__setattr__(self, '_value', value)
        object.__setattr__(self, '_compute', None)
        object.__setattr__(self, '__name__', name)
        object.__setattr__(self, '__type_params__', tuple(type_params))
        object.__setattr__(self, '__parameters__', tuple(type_params))
        object.__setattr__(self, '__module__', _caller_module(2))

    @classmethod
    def _lazy(cls, name, type_params, compute, module='__main__'):
        """Alias whose value is compute() evaluated on first access."""
        self = cls.__new__(cls)
        object.__setattr__(self, '_value', _sentinel)
        object.__setattr__(self, '_compute', compute)
        object.__setattr__(self, '__name__', name)
        params = tuple(type_params or ())
        object.__setattr__(self, '__type_params__', params)
        object.__setattr__(self, '__parameters__', params)
        object.__setattr__(self, '__module__', module)
        return self

    @property
    def __value__(self):
        if self._value is _sentinel:
            object.__setattr__(self, '_value', self._compute())
        return self._value

    def __setattr__(self, name, value):
        if name in ('__name__', '__value__', '__type_params__',
                    '__parameters__', '__module__'):
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'typing.TypeAliasType' object has no "
                             f"attribute '{name}'")

    def __repr__(self):
        return self.__name__

    def __getitem__(self, parameters):
        if not self.__type_params__:
            raise TypeError('Only generic type aliases are subscriptable')
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        import types
        return types.GenericAlias(self, parameters)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable "
                        'base type')


# ---------------------------------------------------------------------------
# Functions

def cast(typ, val):
    """Tell a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm val has type typ; returns val."""
    return val


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Fail: a type checker proves this call unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of '
        '@typing.overload-decorated functions outside a stub module should '
        'always be followed by an implementation that is not '
        '@typing.overload-decorated.')


_overload_registry = {}


def overload(func):
    """Decorator for the overload signatures preceding an implementation;
    the signatures are remembered for get_overloads()."""
    f = getattr(func, '__func__', func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {})
        by_line = by_name.setdefault(f.__qualname__, {})
        by_line[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload-decorated definitions registered for func."""
    f = getattr(func, '__func__', func)
    by_name = _overload_registry.get(f.__module__)
    if by_name is None:
        return []
    by_line = by_name.get(f.__qualname__)
    if by_line is None:
        return []
    return list(by_line.values())


def clear_overloads():
    """Forget every registered overload."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class final; sets __final__ = True when it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Mark a method as overriding a base-class method."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Mark a function or class as not to be type checked."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if not hasattr(obj, '__qualname__') or \
                    obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}' \
                    or getattr(obj, '__module__', None) != arg.__module__:
                continue
            if isinstance(obj, _FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator give its results the no_type_check effect."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, frozen_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as making dataclass-like
    classes; records the options in __dataclass_transform__."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'frozen_default': frozen_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list,
    get_origin(Union[int, str]) is Union; None for ordinary classes."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if _GenericAliasType is not None and isinstance(tp, _GenericAliasType):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if _UnionType is not None and isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type, with Callable's parameters
    gathered into a list: get_args(Callable[[int], str]) == ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias) or (
            _GenericAliasType is not None and
            isinstance(tp, _GenericAliasType)):
        res = tp.__args__
        if getattr(tp, '__origin__', None) is collections.abc.Callable and \
                not (len(res) == 2 and _is_param_expr(res[0])):
            res = (list(res[:-1]), res[-1])
        return res
    if _UnionType is not None and isinstance(tp, _UnionType):
        return getattr(tp, '__args__', ())
    return ()


try:
    _GenericAliasType = type(list[int])
    if _GenericAliasType is type:
        _GenericAliasType = None
except TypeError:
    _GenericAliasType = None


def _strip_annotations(t):
    """Drop Annotated, Required and NotRequired wrappers, recursively."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required,
                                                        NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if all(a is b for a, b in zip(stripped, t.__args__)):
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[stripped]
        return t.copy_with(stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, module or class as a dict,
    with string annotations evaluated and None replaced by NoneType.  For a
    class the annotations along the MRO are merged, base classes first."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                mod = sys.modules.get(base.__module__, None)
                base_globals = getattr(mod, '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # Module globals are searched before the class namespace.
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False,
                                       is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}

    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType,
                            types.MethodType, types.ModuleType)) or \
                callable(obj):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, '
                        'or function.')
    result = {}
    for name, value in dict(hints).items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value,
                               is_argument=not isinstance(obj,
                                                          types.ModuleType),
                               is_class=False)
        result[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return result
    return {k: _strip_annotations(t) for k, t in result.items()}


# ---------------------------------------------------------------------------
# IO classes and regular-expression aliases

class IO(Generic[AnyStr]):
    """Generic base for file-like objects (IO[str], IO[bytes])."""

    __slots__ = ()

    @property
    def mode(self):
        pass

    @property
    def name(self):
        pass

    @_abstractmethod
    def close(self):
        pass

    @property
    def closed(self):
        pass

    @_abstractmethod
    def fileno(self):
        pass

    @_abstractmethod
    def flush(self):
        pass

    @_abstractmethod
    def isatty(self):
        pass

    @_abstractmethod
    def read(self, n=-1):
        pass

    @_abstractmethod
    def readable(self):
        pass

    @_abstractmethod
    def readline(self, limit=-1):
        pass

    @_abstractmethod
    def readlines(self, hint=-1):
        pass

    @_abstractmethod
    def seek(self, offset, whence=0):
        pass

    @_abstractmethod
    def seekable(self):
        pass

    @_abstractmethod
    def tell(self):
        pass

    @_abstractmethod
    def truncate(self, size=None):
        pass

    @_abstractmethod
    def writable(self):
        pass

    @_abstractmethod
    def write(self, s):
        pass

    @_abstractmethod
    def writelines(self, lines):
        pass

    @_abstractmethod
    def __enter__(self):
        pass

    @_abstractmethod
    def __exit__(self, type, value, traceback):
        pass


class BinaryIO(IO[bytes]):
    """IO for bytes."""

    __slots__ = ()

    @_abstractmethod
    def write(self, s):
        pass

    @_abstractmethod
    def __enter__(self):
        pass


class TextIO(IO[str]):
    """IO for text."""

    __slots__ = ()

    @property
    def buffer(self):
        pass

    @property
    def encoding(self):
        pass

    @property
    def errors(self):
        pass

    @property
    def line_buffering(self):
        pass

    @property
    def newlines(self):
        pass

    @_abstractmethod
    def __enter__(self):
        pass


try:
    import re as _re
    Pattern = _alias(_re.Pattern, 1)
    Match = _alias(_re.Match, 1)
except (ImportError, AttributeError):
    __all__.remove('Pattern')
    __all__.remove('Match')


# ---------------------------------------------------------------------------
# Support for the PEP 695 syntax (called by the interpreter)

def _pep695_typevar(name, thunk, is_constraints, module):
    """The TypeVar of `def f[T: bound]`: variance inferred, bound evaluated lazily."""
    tv = TypeVar(name, infer_variance=True)
    tv.__module__ = module
    if thunk is not None:
        tv._lazy = (thunk, is_constraints)
    return tv


def _pep695_typevartuple(name, module):
    tv = TypeVarTuple(name)
    tv.__module__ = module
    return tv


def _pep695_paramspec(name, module):
    p = ParamSpec(name, infer_variance=True)
    p.__module__ = module
    return p


def _pep695_generic_base(params):
    """The implicit Generic[...] base of `class C[T, *Ts, **P]`."""
    return Generic[tuple(Unpack[p] if isinstance(p, TypeVarTuple) else p for p in params)]


def _pep695_type_alias(name, params, compute, module):
    """The TypeAliasType of a `type X[...] = value` statement."""
    return TypeAliasType._lazy(name, params or (), compute, module)
