"""Support for type hints (PEP 484 and successors).

Ferrython's own implementation of the runtime objects behind annotations:
special forms, generic aliases, type variables, Generic/Protocol, NamedTuple,
TypedDict, NewType, TypeAliasType and the introspection helpers.
"""

import abc
import collections
import collections.abc
import contextlib
import functools
import operator
import re as _re_mod
import sys
import types

__all__ = [
    # Special forms and basic building blocks.
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    # ABC aliases.
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager',
    # Structural checks.
    'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    # Concrete collection aliases.
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    # Other concrete types.
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    # Functions, constants and the rest.
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'override', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
    'TypeAliasType', 'Unpack',
]

TYPE_CHECKING = False

_NONE_TYPE = type(None)
_FUNC_TYPES = (types.FunctionType, types.BuiltinFunctionType,
               types.MethodType, types.ModuleType)


# ---------------------------------------------------------------------------
# Small utilities
# ---------------------------------------------------------------------------

def _caller_module(depth=2, fallback='__main__'):
    """Name of the module `depth` frames up the stack."""
    try:
        frame = sys._getframe(depth)
    except (AttributeError, ValueError):
        return fallback
    return frame.f_globals.get('__name__', fallback)


def _show(thing):
    """The text typing uses for `thing` inside reprs."""
    if isinstance(thing, types.GenericAlias):
        return repr(thing)
    if isinstance(thing, type):
        owner = thing.__module__
        if owner == 'builtins':
            return thing.__qualname__
        return owner + '.' + thing.__qualname__
    if thing is ...:
        return '...'
    if isinstance(thing, types.FunctionType):
        return thing.__name__
    if isinstance(thing, tuple):
        # A parameter list bound to a ParamSpec.
        return '[' + ', '.join(_show(x) for x in thing) + ']'
    return repr(thing)


def _tuplify(x):
    return x if isinstance(x, tuple) else (x,)


def _join(a, b):
    return Union[a, b]


def _unique(items):
    """Drops repeated members (by equality), keeping the first occurrence."""
    kept = []
    for it in items:
        for seen in kept:
            if seen == it:
                break
        else:
            kept.append(it)
    return kept


def _as_type(arg, msg, is_argument=True, module=None, *,
             allow_special_forms=False):
    """Validates (and normalises) something used as a type argument."""
    if arg is None:
        return _NONE_TYPE
    if isinstance(arg, str):
        return ForwardRef(arg, True, module, is_class=allow_special_forms)
    qualifiers = (ClassVar, Final)
    if is_argument and not allow_special_forms and (
            isinstance(arg, _Applied) and arg.__origin__ in qualifiers):
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if isinstance(arg, _Form):
        usable = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)
        if allow_special_forms:
            usable = usable + qualifiers
        if arg not in usable:
            raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _as_param(arg):
    """Light conversion applied to substitution arguments."""
    if arg is None:
        return _NONE_TYPE
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _is_tvar_like(x):
    return isinstance(x, (TypeVar, ParamSpec, TypeVarTuple))


def _is_unpacked_tvt(x):
    return (isinstance(x, _Applied) and x.__origin__ is Unpack
            and len(x.__args__) == 1 and isinstance(x.__args__[0], TypeVarTuple))


def _is_param_expr(x):
    return (x is ... or isinstance(x, (tuple, list, ParamSpec))
            or (isinstance(x, _Applied) and x.__origin__ is Concatenate))


def _gather_params(args):
    """The type variables mentioned by `args`, in order of first appearance."""
    found = []

    def add(p):
        if p not in found:
            found.append(p)
    for a in args:
        if isinstance(a, type) and not isinstance(a, types.GenericAlias):
            continue
        if isinstance(a, (tuple, list)):
            for p in _gather_params(a):
                add(p)
        elif _is_tvar_like(a):
            add(a)
        else:
            for p in getattr(a, '__parameters__', ()) or ():
                if _is_tvar_like(p):
                    add(p)
    return tuple(found)


def _arity_error(target, got, want, at_least=False):
    if got == want and not at_least:
        return
    if at_least and got >= want:
        return
    word = 'many' if got > want else 'few'
    extra = 'at least ' if at_least else ''
    raise TypeError(f"Too {word} arguments for {target}; "
                    f"actual {got}, expected {extra}{want}")


# ---------------------------------------------------------------------------
# Internal base classes
# ---------------------------------------------------------------------------

class _Sealed:
    """Base of typing's own helper objects; not meant to be subclassed."""

    def __init_subclass__(cls, /, *args, _internal=False, **kwargs):
        if not _internal:
            raise TypeError("Cannot subclass special typing classes")


class _NoIter:
    # Keeps `*alias` from silently iterating through __getitem__.
    __iter__ = None


# ---------------------------------------------------------------------------
# Special forms
# ---------------------------------------------------------------------------

class _SpecialForm(_Sealed, _NoIter, _internal=True):
    """A bare special form such as Union, ClassVar or Self."""

    def __init__(self, impl):
        self._impl = impl
        self._name = impl.__name__
        self.__doc__ = impl.__doc__

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(attr)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return _join(self, other)

    def __ror__(self, other):
        return _join(other, self)

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._impl(self, parameters)


_Form = _SpecialForm


class _LiteralSpecialForm(_Form, _internal=True):
    """A form whose subscription receives the arguments unpacked (Literal)."""

    def __getitem__(self, parameters):
        parameters = _tuplify(parameters)
        return self._impl(self, *parameters)


_StarForm = _LiteralSpecialForm


def _bare_form(name, doc):
    def impl(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    impl.__name__ = name
    impl.__doc__ = doc
    return _Form(impl)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return type.__instancecheck__(self, obj)

    def __repr__(self):
        return 'typing.Any' if self is Any else type.__repr__(self)


class Any(metaclass=_AnyMeta):
    """Compatible with every type; may be subclassed, not instantiated."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


NoReturn = _bare_form('NoReturn', "Marks a function that never returns.")
Never = _bare_form('Never', "The bottom type: no value has it.")
Self = _bare_form('Self', "The type of the enclosing class.")
LiteralString = _bare_form('LiteralString', "Any literal string type.")
TypeAlias = _bare_form('TypeAlias', "Marks an explicit type alias.")


def _single_arg_form(self, parameters, template='{} accepts only single type.'):
    label = template.format(self)
    item = _as_type(parameters, label, allow_special_forms=False)
    return _Applied(self, (item,))


@_Form
def ClassVar(self, parameters):
    """Marks an attribute as belonging to the class, not its instances."""
    return _single_arg_form(self, parameters)


@_Form
def Final(self, parameters):
    """A name that must not be reassigned or overridden."""
    return _single_arg_form(self, parameters)


@_Form
def Union(self, parameters):
    """Union[X, Y] means a value of type X or of type Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    parameters = _tuplify(parameters)
    checked = [_as_type(p, "Union[arg, ...]: each arg must be a type.")
               for p in parameters]
    members = []
    for p in checked:
        if isinstance(p, (_UnionApplied, types.UnionType)):
            members.extend(p.__args__)
        else:
            members.append(p)
    members = _unique(members)
    if len(members) == 1:
        return members[0]
    return _UnionApplied(self, tuple(members))


@_Form
def Optional(self, parameters):
    """Optional[X] is shorthand for Union[X, None]."""
    item = _as_type(parameters, f"{self} requires a single type.")
    return _join(item, _NONE_TYPE)


def _flatten_literals(values):
    for v in values:
        if isinstance(v, _LiteralApplied):
            yield from v.__args__
        else:
            yield v


@_StarForm
def Literal(self, *parameters):
    """A type whose only values are the given literals."""
    flat = list(_flatten_literals(parameters))
    kept = []
    keys = []
    for v in flat:
        k = _literal_key(v)
        try:
            dup = k in keys
        except TypeError:
            dup = False
        if not dup:
            keys.append(k)
            kept.append(v)
    return _LiteralApplied(self, tuple(kept))


@_Form
def TypeGuard(self, parameters):
    """Annotates the return type of a user-defined type narrowing function."""
    return _single_arg_form(self, parameters)


@_Form
def Required(self, parameters):
    """Marks a TypedDict key as required."""
    item = _as_type(parameters, f'{self._name} accepts only a single type.')
    return _Applied(self, (item,))


@_Form
def NotRequired(self, parameters):
    """Marks a TypedDict key as potentially missing."""
    item = _as_type(parameters, f'{self._name} accepts only a single type.')
    return _Applied(self, (item,))


@_Form
def Unpack(self, parameters):
    """Unpacks a TypeVarTuple or a TypedDict (for **kwargs)."""
    item = _as_type(parameters, f'{self} accepts only single type.')
    return _UnpackApplied(self, (item,))


@_Form
def Concatenate(self, parameters):
    """Prepends positional parameters to a ParamSpec."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    parameters = _tuplify(parameters)
    tail = parameters[-1]
    if tail is not ... and not isinstance(tail, ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    head = tuple(_as_type(p, "Concatenate[arg, ...]: each arg must be a type.")
                 for p in parameters[:-1])
    return _ConcatApplied(self, head + (parameters[-1],))


def _literal_key(v):
    return (type(v), v)


# ---------------------------------------------------------------------------
# Forward references
# ---------------------------------------------------------------------------

class ForwardRef(_Sealed, _internal=True):
    """A type annotation held as a string, evaluated on demand."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if type(arg) is not str and not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        source = arg
        if arg.startswith('*'):
            source = '(' + arg + ',)[0]'
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        vars(self).update({
            '__forward_arg__': arg, '__forward_code__': code,
            '__forward_evaluated__': False, '__forward_value__': None,
            '__forward_is_argument__': is_argument,
            '__forward_is_class__': is_class, '__forward_module__': module,
        })

    def _key(self):
        return self.__forward_arg__, self.__forward_module__

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        state = vars(self)
        text, home = self._key()
        if text in recursive_guard:
            return self
        if state['__forward_evaluated__'] and localns is globalns:
            return state['__forward_value__']
        g = localns if globalns is None else globalns
        l = g if localns is None else localns
        if g is None:
            g = l = {}
        if home is not None:
            g = getattr(sys.modules.get(home), '__dict__', g)
        got = eval(state['__forward_code__'], g, l)
        got = _as_type(got, "Forward references must evaluate to types.",
                       is_argument=state['__forward_is_argument__'],
                       allow_special_forms=state['__forward_is_class__'])
        state['__forward_value__'] = _resolve(got, g, l, recursive_guard | {text})
        state['__forward_evaluated__'] = True
        return state['__forward_value__']

    def __eq__(self, other):
        if type(other) is not ForwardRef:
            return NotImplemented
        same = self._key() == other._key()
        mine, theirs = vars(self), vars(other)
        if same and mine['__forward_evaluated__'] and theirs['__forward_evaluated__']:
            return mine['__forward_value__'] == theirs['__forward_value__']
        return same

    def __hash__(self):
        return hash(self._key())

    def __or__(self, other):
        return _join(self, other)

    def __ror__(self, other):
        return _join(other, self)

    def __repr__(self):
        text, home = self._key()
        suffix = '' if home is None else f', module={home!r}'
        return f'ForwardRef({text!r}{suffix})'


def _resolve(t, globalns, localns, recursive_guard=frozenset()):
    """Evaluates forward references found anywhere inside `t`."""
    if type(t) is ForwardRef:
        return t._evaluate(globalns, localns, recursive_guard=recursive_guard)
    plain = isinstance(t, types.GenericAlias)
    if not (plain or isinstance(t, (_Applied, types.UnionType))):
        return t

    def one(x):
        if isinstance(x, tuple):
            return tuple(one(y) for y in x)
        if plain and isinstance(x, str):
            x = ForwardRef(x)
        return _resolve(x, globalns, localns, recursive_guard)
    before = t.__args__
    after = tuple(one(x) for x in before)
    if len(after) == len(before) and all(x is y for x, y in zip(after, before)):
        return t
    return _rebuild(t, after)


def _rebuild(t, args):
    """A copy of the alias `t` with different arguments."""
    if isinstance(t, types.GenericAlias):
        return types.GenericAlias(t.__origin__, args)
    if isinstance(t, types.UnionType):
        return functools.reduce(operator.or_, args)
    return t.copy_with(args)


# ---------------------------------------------------------------------------
# Type variables
# ---------------------------------------------------------------------------

class _VarBase:
    """Shared behaviour of TypeVar, ParamSpec and TypeVarTuple."""

    def __init_subclass__(cls, *args, **kwargs):
        parent = cls.__mro__[1]
        if parent is not _VarBase:
            raise TypeError(f"type 'typing.{parent.__name__}' is not "
                            "an acceptable base type")

    def __or__(self, right):
        return _join(self, right)

    def __ror__(self, left):
        return _join(left, self)

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    def _place(self, module):
        if module is None:
            module = _caller_module(3)
        if module != 'typing':
            self.__module__ = module


def _variance_repr(v):
    if v.__infer_variance__:
        return v.__name__
    if v.__covariant__:
        return '+' + v.__name__
    if v.__contravariant__:
        return '-' + v.__name__
    return '~' + v.__name__


class TypeVar(_VarBase):
    """A type variable, used to parameterise generic types and functions."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        if not isinstance(name, str):
            raise TypeError("typevar() argument 'name' must be str, "
                            f"not {type(name).__name__}")
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._bound_val = (None if bound is None
                           else _as_type(bound, "Bound must be a type."))
        self._constraint_vals = tuple(
            _as_type(c, "TypeVar(name, constraint, ...): constraints must be types.")
            for c in constraints)
        self._lazy = None
        self._place(None)

    @property
    def __bound__(self):
        if self._lazy is not None and not self._lazy[1]:
            return self._lazy[0]()
        return self._bound_val

    @property
    def __constraints__(self):
        if self._lazy is not None and self._lazy[1]:
            return tuple(self._lazy[0]())
        return self._constraint_vals

    def __repr__(self):
        return _variance_repr(self)

    def __typing_subst__(self, arg):
        return _as_type(arg, "Parameters to generic types must be types.")


class TypeVarTuple(_VarBase):
    """A variadic type variable: stands for any number of types."""

    def __init__(self, name):
        if not isinstance(name, str):
            raise TypeError("typevartuple() argument 'name' must be str, "
                            f"not {type(name).__name__}")
        self.__name__ = name
        self._place(None)

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


class _PSpecPart(_Sealed, _internal=True):
    _suffix = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._suffix}"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((self._suffix, id(self.__origin__)))

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")


class ParamSpecArgs(_PSpecPart, _internal=True):
    """The type of P.args for a ParamSpec P."""
    _suffix = 'args'


class ParamSpecKwargs(_PSpecPart, _internal=True):
    """The type of P.kwargs for a ParamSpec P."""
    _suffix = 'kwargs'


class ParamSpec(_VarBase):
    """A parameter specification variable (the parameters of a callable)."""

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        if not isinstance(name, str):
            raise TypeError("paramspec() argument 'name' must be str, "
                            f"not {type(name).__name__}")
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__bound__ = None if bound is None else _as_type(bound, "Bound must be a type.")
        self._place(None)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return _variance_repr(self)


# ---------------------------------------------------------------------------
# Generic aliases
# ---------------------------------------------------------------------------

class _BaseGenericAlias(_Sealed, _internal=True):
    """Common part of bare (List) and subscripted (List[int]) aliases."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except Exception:
            pass
        return made

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _AliasCore)
                   or (isinstance(b, type) and issubclass(b, Generic))
                   for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__'):
            raise AttributeError(attr)
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if attr.startswith('_'):
            object.__setattr__(self, attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(obj.__class__)

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __dir__(self):
        own = set(object.__dir__(self))
        return sorted(own | {a for a in dir(self.__origin__) if not a.startswith('__')})


_AliasCore = _BaseGenericAlias


class _SpecialGenericAlias(_NoIter, _AliasCore, _internal=True):
    """An unsubscripted alias of a standard class, e.g. typing.List."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name or origin.__name__)
        self._nparams = nparams
        if 'builtins' == origin.__module__:
            where = origin.__qualname__
        else:
            where = f'{origin.__module__}.{origin.__qualname__}'
        self.__doc__ = 'A generic version of ' + where + '.'

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        params = _tuplify(params)
        params = tuple(_as_type(p, "Parameters to generic types must be types.")
                       for p in params)
        if self._nparams == 0:
            raise TypeError(f"{self} is not a generic class")
        _arity_error(self, len(params), self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _Applied(self.__origin__, params, inst=self._inst, name=self._name)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _Bare):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _Applied):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __or__(self, other):
        return _join(self, other)

    def __ror__(self, other):
        return _join(other, self)


_Bare = _SpecialGenericAlias


class _GenericAlias(_AliasCore, _internal=True):
    """A subscripted alias: List[int], Box[T], ClassVar[int], ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        _AliasCore.__init__(self, origin, inst=inst, name=name)
        args = _tuplify(args)
        self.__args__ = tuple(... if a is _ELLIPSIS_MARK else a for a in args)
        self.__parameters__ = _gather_params(self.__args__)
        if not name and not isinstance(origin, _Form):
            self.__module__ = getattr(origin, '__module__', 'typing')

    def _head(self):
        if self._name:
            return 'typing.' + self._name
        return _show(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            inner = '()'
        else:
            inner = ', '.join(_show(a) for a in self.__args__)
        return f'{self._head()}[{inner}]'

    def __eq__(self, other):
        if not isinstance(other, _Applied):
            return NotImplemented
        return ((self.__origin__, self.__args__)
                == (other.__origin__, other.__args__))

    def __hash__(self):
        return hash((self.__args__, self.__origin__))

    def __or__(self, other):
        return _join(self, other)

    def __ror__(self, other):
        return _join(other, self)

    def __reduce__(self):
        return operator.getitem, (self.__origin__, self.__args__)

    def copy_with(self, args):
        return type(self)(self.__origin__, args, inst=self._inst, name=self._name)

    def __mro_entries__(self, bases):
        if self._name:
            return _AliasCore.__mro_entries__(self, bases)
        if Generic is self.__origin__:
            if Protocol in bases:
                return ()
            after = bases[bases.index(self) + 1:]
            if any(isinstance(b, _AliasCore) for b in after):
                return ()
        return self.__origin__,

    def __iter__(self):
        yield Unpack[self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        args = _tuplify(args)
        args = tuple(_as_param(a) for a in args)
        binding = _bind_params(self, self.__parameters__, args)
        return self.copy_with(tuple(_substitute_all(self, self.__args__, binding)))


_Applied = _GenericAlias


_ELLIPSIS_MARK = object()


def _bind_params(target, params, args):
    """Maps each type variable of `params` to its value in `args`."""
    if any(isinstance(p, ParamSpec) for p in params):
        if len(params) == 1 and not (args and _is_param_expr(args[0])):
            args = (args,)
        args = tuple(tuple(a) if isinstance(a, list) else a for a in args)
    star = [i for i, p in enumerate(params) if isinstance(p, TypeVarTuple)]
    if star:
        i = star[0]
        after = len(params) - i - 1
        _arity_error(target, len(args), len(params) - 1, at_least=True)
        packed = args[i:len(args) - after]
        return dict(zip(params[:i], args[:i])) | {params[i]: tuple(packed)} | \
            dict(zip(params[i + 1:], args[len(args) - after:]))
    _arity_error(target, len(args), len(params))
    bound = {}
    for p, a in zip(params, args):
        if isinstance(p, TypeVar):
            a = p.__typing_subst__(a)
        bound[p] = a
    return bound


def _substitute_one(arg, binding):
    if _is_tvar_like(arg):
        return binding.get(arg, arg)
    subs = getattr(arg, '__parameters__', None) if not isinstance(arg, type) or \
        isinstance(arg, types.GenericAlias) else None
    if isinstance(arg, tuple):
        return tuple(_substitute_all(None, arg, binding))
    if subs:
        picked = []
        for p in subs:
            value = binding.get(p, p)
            if isinstance(p, TypeVarTuple):
                picked.extend(value if isinstance(value, tuple) else (value,))
            else:
                picked.append(value)
        return arg[tuple(picked)]
    return arg


def _substitute_all(owner, args, binding):
    splice_specs = owner is not None and owner.__origin__ is collections.abc.Callable
    for a in args:
        if _is_unpacked_tvt(a):
            value = binding.get(a.__args__[0], a)
            if isinstance(value, tuple):
                yield from value
            else:
                yield value
            continue
        new = _substitute_one(a, binding)
        if splice_specs and isinstance(a, ParamSpec) and isinstance(new, tuple):
            yield from new
        elif (splice_specs and isinstance(a, _ConcatApplied)
              and isinstance(new, _ConcatApplied) and isinstance(new.__args__[-1], tuple)):
            yield from new.__args__[:-1] + new.__args__[-1]
        else:
            yield new


class _CallableGenericAlias(_NoIter, _Applied, _internal=True):
    """Callable[[args...], result]; __args__ holds the flattened list."""

    def __repr__(self):
        a = self.__args__
        if len(a) == 2 and _is_param_expr(a[0]):
            return super().__repr__()
        inner = ', '.join(_show(x) for x in a[:-1])
        return f'typing.Callable[[{inner}], {_show(a[-1])}]'

    def copy_with(self, args):
        return _CallableApplied(self.__origin__, args, name=self._name, inst=self._inst)

    def __reduce__(self):
        a = self.__args__
        if not (len(a) == 2 and _is_param_expr(a[0])):
            a = list(a[:-1]), a[-1]
        return operator.getitem, (Callable, a)


_CallableApplied = _CallableGenericAlias


class _CallableType(_Bare, _internal=True):
    def copy_with(self, params):
        return _CallableApplied(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(args)
        elif not _is_param_expr(args):
            raise TypeError("Callable[args, result]: args must be a list."
                            f" Got {args}")
        return self._build(args, result)

    def _build(self, args, result):
        msg = "Callable[args, result]: result must be a type."
        result = _as_type(result, msg)
        if args is ...:
            return self.copy_with((_ELLIPSIS_MARK, result))
        args = _tuplify(args)
        args = tuple(_as_type(a, "Callable[[arg, ...], result]: each arg must be a type.")
                     for a in args)
        return self.copy_with(args + (result,))


_CallableBare = _CallableType


class _TupleType(_Bare, _internal=True):
    def __getitem__(self, params):
        params = _tuplify(params)
        if len(params) >= 2 and params[-1] is ...:
            head = tuple(_as_type(p, "Tuple[t, ...]: t must be a type.")
                         for p in params[:-1])
            return self.copy_with(head + (_ELLIPSIS_MARK,))
        params = tuple(_as_type(p, "Tuple[t0, t1, ...]: each t must be a type.")
                       for p in params)
        return self.copy_with(params)


_TupleBare = _TupleType


class _UnionGenericAlias(_NoIter, _Applied, _internal=True):
    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionApplied, types.UnionType)):
            return NotImplemented
        try:
            return frozenset(self.__args__) == frozenset(other.__args__)
        except TypeError:
            return (all(a in other.__args__ for a in self.__args__)
                    and all(a in self.__args__ for a in other.__args__))

    def __hash__(self):
        return hash(frozenset(self.__args__)) ^ 0x5A5A

    def __repr__(self):
        a = self.__args__
        if len(a) == 2 and _NONE_TYPE in a:
            other = a[1] if a[0] is _NONE_TYPE else a[0]
            return f'typing.Optional[{_show(other)}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(obj.__class__)

    def __subclasscheck__(self, cls):
        for member in self.__args__:
            if issubclass(cls, member):
                return True
        return False

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __reduce__(self):
        return operator.getitem, (Union, self.__args__)


_UnionApplied = _UnionGenericAlias


class _LiteralGenericAlias(_Applied, _internal=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralApplied):
            return NotImplemented
        mine = [_literal_key(v) for v in self.__args__]
        theirs = [_literal_key(v) for v in other.__args__]
        return all(k in theirs for k in mine) and all(k in mine for k in theirs)

    def __hash__(self):
        return hash(frozenset(_literal_key(v) for v in self.__args__))

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(v) for v in self.__args__) + ']'


_LiteralApplied = _LiteralGenericAlias


class _ConcatenateGenericAlias(_Applied, _internal=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatApplied):
            return (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


_ConcatApplied = _ConcatenateGenericAlias


class _UnpackGenericAlias(_Applied, _internal=True):
    def __repr__(self):
        return f'typing.Unpack[{_show(self.__args__[0])}]'

    def __getitem__(self, args):
        if _is_unpacked_tvt(self):
            return args
        return super().__getitem__(args)


_UnpackApplied = _UnpackGenericAlias


class _AnnotatedAlias(_NoIter, _Applied, _internal=True):
    """Annotated[T, x, ...]: __origin__ is T, the extras are __metadata__."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedApplied):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedApplied(params[0], self.__metadata__)

    def __repr__(self):
        extra = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_show(self.__origin__)}, {extra}]'

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedApplied):
            return NotImplemented
        return ((self.__origin__, self.__metadata__)
                == (other.__origin__, other.__metadata__))

    def __hash__(self):
        return hash((self.__metadata__, self.__origin__))

    def __mro_entries__(self, bases):
        return self.__origin__,

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)


_AnnotatedApplied = _AnnotatedAlias


class Annotated:
    """Adds context-specific metadata to a type: Annotated[T, x]."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two "
                            "arguments (a type and an annotation).")
        if _is_unpacked_tvt(params[0]):
            base = params[0]
        else:
            base = _as_type(params[0], "Annotated[t, ...]: t must be a type.",
                            allow_special_forms=True)
        return _AnnotatedApplied(base, tuple(params[1:]))


# ---------------------------------------------------------------------------
# Generic and Protocol
# ---------------------------------------------------------------------------

class Generic:
    """Base class for user-defined generic classes: class C(Generic[T])."""
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = _tuplify(params)
        params = tuple(_as_param(p) for p in params)
        if cls in (Generic, Protocol):
            label = cls.__name__
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_tvar_like(p) or _is_unpacked_tvt(p) for p in params):
                raise TypeError(f"Parameters to {label}[...] must all be type "
                                "variables or parameter specification variables.")
            if len(frozenset(params)) < len(params):
                raise TypeError(f"Parameters to {label}[...] must all be unique")
            return _Applied(cls, params)
        declared = cls.__dict__.get('__parameters__', None)
        if declared is None:
            declared = getattr(cls, '__parameters__', ())
        if not declared:
            raise TypeError(f"{cls} is not a generic class")
        if any(isinstance(p, ParamSpec) for p in declared):
            if len(declared) == 1 and not (params and _is_param_expr(params[0])):
                params = (params,)
            params = tuple(tuple(p) if isinstance(p, list) else p for p in params)
        if any(isinstance(p, TypeVarTuple) for p in declared):
            _arity_error(cls, len(params), len(declared) - 1, at_least=True)
        else:
            _arity_error(cls, len(params), len(declared))
        return _Applied(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        originals = cls.__dict__.get('__orig_bases__')
        if originals is not None:
            plain = Generic in originals
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and not isinstance(cls, _TDMeta))
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        if originals is None:
            cls.__parameters__ = ()
            return
        found = _gather_params(originals)
        declared = None
        for base in originals:
            if isinstance(base, _Applied) and base.__origin__ in (Generic, Protocol):
                if declared is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                declared = base
        if declared is not None:
            allowed = declared.__parameters__
            stray = [v for v in found if v not in allowed]
            if stray:
                listed = ', '.join(str(v) for v in stray)
                owned = ', '.join(str(g) for g in declared.__args__)
                raise TypeError(f"Some type variables ({listed}) are not listed "
                                f"in {declared.__origin__.__name__}[{owned}]")
            found = allowed
        cls.__parameters__ = tuple(found)


# Names that never count as members of a protocol.
_NOT_MEMBERS = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '__match_args__', '__qualname__',
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__protocol_attrs__', '__type_params__',
    '_noncallable_members', '__init_subclass__',
    '__callable_proto_members_only__', '__firstlineno__',
    '__static_attributes__', '__classcell__',
})

# Standard ABCs a protocol may list among its bases.
_PROTOCOL_FRIENDS = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator',
                        'AsyncIterable', 'Hashable', 'Sized', 'Container',
                        'Collection', 'Reversible', 'Buffer'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}


def _member_names(cls):
    names = set()
    for klass in cls.__mro__[:-1]:
        if klass.__name__ in ('Protocol', 'Generic'):
            continue
        owned = list(klass.__dict__) + list(klass.__dict__.get('__annotations__', {}))
        for n in owned:
            if n.startswith('_abc_') or n in _NOT_MEMBERS:
                continue
            names.add(n)
    return names


def _static_find(obj, name):
    """Looks `name` up without running descriptors or __getattr__."""
    try:
        own = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        own = None
    if isinstance(own, dict) and name in own:
        return own[name]
    for klass in type(obj).__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    raise AttributeError(name)


_lenient = [0]


class _ProtocolMeta(abc.ABCMeta):
    """Metaclass of Protocol: structural isinstance/issubclass checks."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name == 'Protocol' and bases == (Generic,):
            pass
        elif Protocol in bases:
            for b in bases:
                if b in (object, Generic):
                    continue
                if b.__name__ in _PROTOCOL_FRIENDS.get(b.__module__, ()):
                    continue
                if issubclass(b, Generic) and getattr(b, '_is_protocol', False):
                    continue
                raise TypeError(f"Protocols can only inherit from other protocols, got {b!r}")
        return abc.ABCMeta.__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        abc.ABCMeta.__init__(cls, *args, **kwargs)
        if getattr(cls, '_is_protocol', False):
            cls.__protocol_attrs__ = _member_names(cls)

    def _demand_runtime(cls):
        if not cls.__dict__.get('_is_runtime_protocol', False) and \
                not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if not cls.__dict__.get('_is_protocol', False):
            return super().__subclasscheck__(other)
        if _lenient[0]:
            return super().__subclasscheck__(other)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        cls._demand_runtime()
        if cls._noncallable_members:
            raise TypeError("Protocols with non-method members don't support"
                            " issubclass()")
        if cls._nominal(super().__subclasscheck__, other):
            return True
        return _structurally_has(other, cls.__protocol_attrs__)

    def _nominal(cls, check, arg):
        # The ABC machinery re-enters __subclasscheck__; let it through.
        _lenient[0] += 1
        try:
            return check(arg)
        finally:
            _lenient[0] -= 1

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not cls.__dict__.get('_is_protocol', False):
            return super().__instancecheck__(instance)
        cls._demand_runtime()
        if cls._nominal(super().__instancecheck__, instance):
            return True
        for name in cls.__protocol_attrs__:
            try:
                found = _static_find(instance, name)
            except AttributeError:
                return False
            if found is None and name not in cls._noncallable_members:
                return False
        return True


_ProtoMeta = _ProtocolMeta


def _structurally_has(klass, names):
    for name in names:
        for base in klass.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return False
                break
            if name in base.__dict__.get('__annotations__', {}):
                break
        else:
            return False
    return True


def _no_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    for klass in cls.__mro__:
        init = klass.__dict__.get('__init__', _no_init)
        if init is not _no_init:
            break
    else:
        return
    if init is object.__init__:
        return
    cls.__init__ = init
    init(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtoMeta):
    """Base class for protocol classes (structural subtyping)."""
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '_noncallable_members' not in cls.__dict__:
            cls._noncallable_members = set()
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Allows isinstance() and issubclass() checks against a protocol class."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)
            and getattr(cls, '_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol'
                        f' classes, got {cls!r}')
    cls._is_runtime_protocol = True
    lacking_calls = set()
    for name in _member_names(cls):
        try:
            value = getattr(cls, name)
        except AttributeError:
            lacking_calls.add(name)
            continue
        if not callable(value):
            lacking_calls.add(name)
    cls._noncallable_members = lacking_calls
    cls.__callable_proto_members_only__ = not lacking_calls
    return cls


# ---------------------------------------------------------------------------
# Aliases of standard classes
# ---------------------------------------------------------------------------

_cabc = collections.abc


def _std(n, origin, alias_name=None, inst=True):
    return _Bare(origin, n, inst=inst, name=alias_name)


# (arity, origin) for each alias named after its origin.
Hashable = _std(0, _cabc.Hashable)
Sized = _std(0, _cabc.Sized)
Awaitable = _std(1, _cabc.Awaitable)
Coroutine = _std(3, _cabc.Coroutine)
AsyncIterable = _std(1, _cabc.AsyncIterable)
AsyncIterator = _std(1, _cabc.AsyncIterator)
AsyncGenerator = _std(2, _cabc.AsyncGenerator)
Iterable = _std(1, _cabc.Iterable)
Iterator = _std(1, _cabc.Iterator)
Reversible = _std(1, _cabc.Reversible)
Container = _std(1, _cabc.Container)
Collection = _std(1, _cabc.Collection)
Generator = _std(3, _cabc.Generator)
MutableSet = _std(1, _cabc.MutableSet)
Mapping = _std(2, _cabc.Mapping)
MutableMapping = _std(2, _cabc.MutableMapping)
Sequence = _std(1, _cabc.Sequence)
MutableSequence = _std(1, _cabc.MutableSequence)
MappingView = _std(1, _cabc.MappingView)
KeysView = _std(1, _cabc.KeysView)
ItemsView = _std(2, _cabc.ItemsView)
ValuesView = _std(1, _cabc.ValuesView)
OrderedDict = _std(2, collections.OrderedDict)
Counter = _std(1, collections.Counter)
ChainMap = _std(2, collections.ChainMap)
Pattern = _std(1, _re_mod.Pattern)
Match = _std(1, _re_mod.Match)
ByteString = _std(0, _cabc.ByteString)

# Aliases with a name of their own.
AbstractSet = _std(1, _cabc.Set, 'AbstractSet')
Deque = _std(1, collections.deque, 'Deque')
DefaultDict = _std(2, collections.defaultdict, 'DefaultDict')
ContextManager = _std(1, contextlib.AbstractContextManager, 'ContextManager')
AsyncContextManager = _std(1, contextlib.AbstractAsyncContextManager,
                           'AsyncContextManager')
# Builtins: the alias itself cannot be called.
List = _std(1, list, 'List', False)
Set = _std(1, set, 'Set', False)
FrozenSet = _std(1, frozenset, 'FrozenSet', False)
Dict = _std(2, dict, 'Dict', False)
Type = _std(1, type, 'Type', False)
Tuple = _TupleBare(tuple, -1, inst=False, name='Tuple')
Callable = _CallableBare(_cabc.Callable, 2)
Callable.__doc__ = "A generic version of collections.abc.Callable."

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


# ---------------------------------------------------------------------------
# Supports* protocols
# ---------------------------------------------------------------------------

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


@runtime_checkable
class SupportsInt(Protocol):
    """Has an __int__ method."""

    @abc.abstractmethod
    def __int__(self) -> int:
        ...


@runtime_checkable
class SupportsFloat(Protocol):
    """Has a __float__ method."""

    @abc.abstractmethod
    def __float__(self) -> float:
        ...


@runtime_checkable
class SupportsComplex(Protocol):
    """Has a __complex__ method."""

    @abc.abstractmethod
    def __complex__(self) -> complex:
        ...


@runtime_checkable
class SupportsBytes(Protocol):
    """Has a __bytes__ method."""

    @abc.abstractmethod
    def __bytes__(self) -> bytes:
        ...


@runtime_checkable
class SupportsIndex(Protocol):
    """Has an __index__ method."""

    @abc.abstractmethod
    def __index__(self) -> int:
        ...


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """Has an __abs__ method returning T_co."""

    @abc.abstractmethod
    def __abs__(self) -> T_co:
        ...


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """Has a __round__ method returning T_co."""

    @abc.abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        ...


# ---------------------------------------------------------------------------
# NamedTuple
# ---------------------------------------------------------------------------

_NT_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                          '_fields', '_field_defaults', '_make', '_replace',
                          '_asdict', '_source'})
_NT_SKIPPED = frozenset({'__module__', '__name__', '__annotations__'})


def _build_namedtuple(name, fields, module, defaults=()):
    fields = list(fields)
    labels = [f for f, _ in fields]
    hints = {f: _as_type(t, f"field {f} annotation must be a type")
             for f, t in fields}
    made = collections.namedtuple(name, labels, defaults=defaults, module=module)
    made.__annotations__ = hints
    return made


class NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        for b in bases:
            if b is not _NamedTupleRoot and b is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        hints = ns.get('__annotations__', {})
        with_default = []
        for field in hints:
            if field in ns:
                with_default.append(field)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field} cannot "
                                f"follow default field{plural} "
                                f"{', '.join(with_default)}")
        made = _build_namedtuple(typename, hints.items(), ns['__module__'],
                                 [ns[f] for f in with_default])
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key in _NT_SKIPPED or key in made._fields:
                continue
            setattr(made, key, value)
        if Generic in bases:
            try:
                made.__bases__ = tuple(tuple if b is _NamedTupleRoot else b
                                       for b in bases)
            except TypeError:
                pass
            made.__parameters__ = _gather_params(ns.get('__orig_bases__', ()))
            made.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        return made


_NamedTupleRoot = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


class _FactoryFunction:
    """A callable standing in for a function that can also be a base class."""

    def __init__(self, impl, root):
        self._impl = impl
        self._root = root
        self.__name__ = self.__qualname__ = impl.__name__
        self.__doc__ = impl.__doc__
        self.__module__ = 'typing'

    def __call__(self, *args, **kwargs):
        return self._impl(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self._root,)

    def __repr__(self):
        return f'<function {self.__name__} at {id(self):#x}>'


def _namedtuple_factory(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _build_namedtuple(typename, fields, _caller_module(3))


_namedtuple_factory.__name__ = 'NamedTuple'
NamedTuple = _FactoryFunction(_namedtuple_factory, _NamedTupleRoot)


# ---------------------------------------------------------------------------
# TypedDict
# ---------------------------------------------------------------------------

def _key_qualifiers(tp):
    """Yields the Required/NotRequired markers wrapped around `tp`."""
    while isinstance(tp, _Applied):
        if isinstance(tp, _AnnotatedApplied):
            tp = tp.__origin__
        elif tp.__origin__ in (Required, NotRequired):
            yield tp.__origin__
            tp = tp.__args__[0]
        else:
            break


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        for b in bases:
            if type(b) is not _TDMeta and b is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        extra = (Generic,) if any(b is Generic for b in bases) else ()
        made = type.__new__(_TDMeta, name, extra + (dict,), ns)
        own = {k: _as_type(v, "TypedDict('Name', {f0: t0, f1: t1, ...}); "
                           "each t must be a type", module=ns.get('__module__'),
                           allow_special_forms=True)
               for k, v in ns.get('__annotations__', {}).items()}
        merged = {}
        needed = set()
        optional = set()
        for b in bases:
            merged.update(b.__dict__.get('__annotations__', {}))
            needed |= set(b.__dict__.get('__required_keys__', ()))
            optional |= set(b.__dict__.get('__optional_keys__', ()))
        merged.update(own)
        for key, tp in own.items():
            marks = set(_key_qualifiers(tp))
            if Required in marks:
                must = True
            elif NotRequired in marks:
                must = False
            else:
                must = bool(total)
            if must:
                needed.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                needed.discard(key)
        made.__annotations__ = merged
        made.__required_keys__ = frozenset(needed)
        made.__optional_keys__ = frozenset(optional)
        made.__total__ = bool(total)
        return made

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


_TDMeta = _TypedDictMeta


def _typeddict_factory(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    ns = {'__annotations__': dict(fields), '__module__': _caller_module(3)}
    return _TDMeta(typename, (), ns, total=total)


_typeddict_factory.__name__ = 'TypedDict'
_TypedDictRoot = type.__new__(_TDMeta, 'TypedDict', (), {})
TypedDict = _FactoryFunction(_typeddict_factory, _TypedDictRoot)


def is_typeddict(tp):
    """True if `tp` is a class made by TypedDict."""
    return isinstance(tp, _TDMeta)


# ---------------------------------------------------------------------------
# NewType and TypeAliasType
# ---------------------------------------------------------------------------

class NewType:
    """A distinct type for the type checker; the identity function at runtime."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        where = _caller_module()
        if where != 'typing':
            self.__module__ = where

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("_typing._idfunc() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("_typing._idfunc() takes exactly one argument "
                            f"({len(args)} given)")
        return args[0]

    def __mro_entries__(self, bases):
        parent = self.__name__

        class _Refuse:
            def __init_subclass__(cls):
                child = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were "
                    f"looking for: `{child} = NewType({child!r}, {parent})`")
        return (_Refuse,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return _join(self, other)

    def __ror__(self, other):
        return _join(other, self)


_UNSET = object()


class TypeAliasType:
    """The value of a `type X = ...` statement (or an explicit alias)."""

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError("typealias() argument 'name' must be str, "
                            f"not {type(name).__name__}")
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        self.__name__ = name
        self.__type_params__ = type_params
        self._computed = value
        self._thunk = None
        self.__module__ = _caller_module()

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")

    @property
    def __value__(self):
        if self._thunk is not None:
            self._computed = self._thunk()
            self._thunk = None
        return self._computed

    @property
    def __parameters__(self):
        return tuple(Unpack[p] if isinstance(p, TypeVarTuple) else p
                     for p in self.__type_params__)

    def __call__(self, *args, **kwargs):
        raise TypeError("'typing.TypeAliasType' object is not callable")

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        params = _tuplify(params)
        return types.GenericAlias(self, params)

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __or__(self, other):
        return _join(self, other)

    def __ror__(self, other):
        return _join(other, self)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeAliasType")


# ---------------------------------------------------------------------------
# Small functions
# ---------------------------------------------------------------------------

def cast(typ, val):
    """Tells the type checker `val` has type `typ`; returns `val` unchanged."""
    return val


def assert_type(val, typ, /):
    """Asks the type checker to confirm `val` has type `typ`; returns `val`."""
    return val


def reveal_type(obj, /):
    """Prints the runtime type of `obj` to stderr and returns `obj`."""
    sys.stderr.write(f"Runtime type is {type(obj).__name__!r}\n")
    return obj


def assert_never(arg, /):
    """Marks code the type checker should prove unreachable."""
    text = repr(arg)
    if len(text) > 100:
        text = text[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {text}")


_overloads = collections.defaultdict(lambda: collections.defaultdict(dict))


def _overload_stub(*args, **kwargs):
    """Placeholder left in place of an @overload-decorated function."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for the overload signatures of a function or method."""
    target = getattr(func, '__func__', func)
    try:
        key = target.__code__.co_firstlineno
        _overloads[target.__module__][target.__qualname__][key] = func
    except AttributeError:
        pass
    return _overload_stub


def get_overloads(func):
    """The overloads registered for `func`, in definition order."""
    target = getattr(func, '__func__', func)
    module = getattr(target, '__module__', None)
    if module not in _overloads:
        return []
    per_name = _overloads[module]
    if target.__qualname__ not in per_name:
        return []
    return list(per_name[target.__qualname__].values())


def clear_overloads():
    """Forgets every registered overload."""
    _overloads.clear()


def final(f):
    """Marks a method or class as final (not to be overridden/subclassed)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Marks a method as overriding one of a base class."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Turns type checking off for a function or class (and its methods)."""
    if isinstance(arg, type):
        for key in dir(arg):
            member = getattr(arg, key, None)
            if (not hasattr(member, '__qualname__')
                    or member.__qualname__ != f'{arg.__qualname__}.{member.__name__}'
                    or getattr(member, '__module__', None) != arg.__module__):
                continue
            if isinstance(member, types.FunctionType):
                member.__no_type_check__ = True
            if isinstance(member, type):
                no_type_check(member)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Makes `decorator` produce functions marked with @no_type_check."""
    @functools.wraps(decorator)
    def wrapped(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, frozen_default=False,
                        field_specifiers=(), **kwargs):
    """Marks an object as providing dataclass-like behaviour."""
    def mark(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = dict({
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'frozen_default': frozen_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        })
        return cls_or_fn
    return mark


# ---------------------------------------------------------------------------
# Introspection
# ---------------------------------------------------------------------------

def get_origin(tp):
    """The unsubscripted form of `tp` (list for List[int]), else None."""
    if isinstance(tp, _AnnotatedApplied):
        return Annotated
    if isinstance(tp, (_Applied, _Bare, types.GenericAlias,
                       ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type, with Callable's list restored."""
    if isinstance(tp, _AnnotatedApplied):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, (_Applied, types.GenericAlias)):
        found = tp.__args__
        if (getattr(tp, '__origin__', None) is collections.abc.Callable
                and found and not (len(found) == 2 and _is_param_expr(found[0]))):
            found = (list(found[:-1]), found[-1])
        return found
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _drop_extras(t):
    """Removes Annotated, Required and NotRequired wrappers."""
    while True:
        if isinstance(t, _AnnotatedApplied):
            t = t.__origin__
        elif isinstance(t, _Applied) and t.__origin__ in (Required, NotRequired):
            t = t.__args__[0]
        else:
            break
    if isinstance(t, (_Applied, types.GenericAlias, types.UnionType)):
        inner = tuple(_drop_extras(a) for a in t.__args__)
        if inner != t.__args__:
            return _rebuild(t, inner)
    return t


def _hint_value(value, is_argument, is_class, module=None):
    if value is None:
        return _NONE_TYPE
    if isinstance(value, str):
        return ForwardRef(value, is_argument=is_argument, module=module,
                          is_class=is_class)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class or function, evaluated."""
    if getattr(obj, '__no_type_check__', False):
        return {}
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            table = klass.__dict__.get('__annotations__', {})
            if not isinstance(table, dict):
                continue
            if globalns is None:
                g = getattr(sys.modules.get(klass.__module__), '__dict__', {})
            else:
                g = globalns
            loc = dict(vars(klass)) if localns is None else localns
            if localns is globalns is None:
                # Module names win over class attributes, like older releases.
                g, loc = loc, g
            for key, raw in table.items():
                hint = _hint_value(raw, False, True)
                hints[key] = _resolve(hint, g, loc)
    else:
        if isinstance(obj, types.ModuleType):
            g_default = obj.__dict__
        else:
            inner = obj
            while hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            g_default = getattr(inner, '__globals__', {})
        g = g_default if globalns is None else globalns
        loc = g if localns is None else localns
        table = getattr(obj, '__annotations__', None)
        if table is None:
            if isinstance(obj, _FUNC_TYPES):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, '
                            'or function.')
        is_mod = isinstance(obj, types.ModuleType)
        for key, raw in dict(table).items():
            hint = _hint_value(raw, not is_mod, is_mod)
            hints[key] = _resolve(hint, g, loc)
    if include_extras:
        return hints
    return {k: _drop_extras(v) for k, v in hints.items()}


# ---------------------------------------------------------------------------
# IO types
# ---------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """Generic base for the file-like types returned by open()."""
    __slots__ = ()

    @property
    @abc.abstractmethod
    def mode(self) -> str:
        ...

    @property
    @abc.abstractmethod
    def name(self) -> str:
        ...

    @abc.abstractmethod
    def close(self) -> None:
        ...

    @property
    @abc.abstractmethod
    def closed(self) -> bool:
        ...

    @abc.abstractmethod
    def fileno(self) -> int:
        ...

    @abc.abstractmethod
    def flush(self) -> None:
        ...

    @abc.abstractmethod
    def isatty(self) -> bool:
        ...

    @abc.abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        ...

    @abc.abstractmethod
    def readable(self) -> bool:
        ...

    @abc.abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        ...

    @abc.abstractmethod
    def readlines(self, hint: int = -1) -> List[AnyStr]:
        ...

    @abc.abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        ...

    @abc.abstractmethod
    def seekable(self) -> bool:
        ...

    @abc.abstractmethod
    def tell(self) -> int:
        ...

    @abc.abstractmethod
    def truncate(self, size: int = None) -> int:
        ...

    @abc.abstractmethod
    def writable(self) -> bool:
        ...

    @abc.abstractmethod
    def write(self, s: AnyStr) -> int:
        ...

    @abc.abstractmethod
    def writelines(self, lines: List[AnyStr]) -> None:
        ...

    @abc.abstractmethod
    def __enter__(self) -> 'IO[AnyStr]':
        ...

    @abc.abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        ...


class BinaryIO(IO[bytes]):
    """The byte-oriented flavour of IO."""
    __slots__ = ()

    @abc.abstractmethod
    def write(self, s: Union[bytes, bytearray]) -> int:
        ...

    @abc.abstractmethod
    def __enter__(self) -> 'BinaryIO':
        ...


class TextIO(IO[str]):
    """The text-oriented flavour of IO."""
    __slots__ = ()

    @property
    @abc.abstractmethod
    def buffer(self) -> BinaryIO:
        ...

    @property
    @abc.abstractmethod
    def encoding(self) -> str:
        ...

    @property
    @abc.abstractmethod
    def errors(self) -> Optional[str]:
        ...

    @property
    @abc.abstractmethod
    def line_buffering(self) -> bool:
        ...

    @property
    @abc.abstractmethod
    def newlines(self) -> Any:
        ...

    @abc.abstractmethod
    def __enter__(self) -> 'TextIO':
        ...


# ---------------------------------------------------------------------------
# Entry points used by the VM for PEP 695 syntax
# ---------------------------------------------------------------------------

def _pep695_typevar(name, thunk, is_constraints, module):
    """Creates the TypeVar of `def f[T: bound]` (bound evaluated lazily)."""
    var = TypeVar(name, infer_variance=True)
    if thunk is not None:
        var._lazy = (thunk, bool(is_constraints))
    var.__module__ = module
    return var


def _pep695_typevartuple(name, module):
    """Creates the TypeVarTuple of `[*Ts]`."""
    var = TypeVarTuple(name)
    var.__module__ = module
    return var


def _pep695_paramspec(name, module):
    """Creates the ParamSpec of `[**P]`."""
    var = ParamSpec(name, infer_variance=True)
    var.__module__ = module
    return var


def _pep695_generic_base(params):
    """The implicit Generic[...] base of `class C[T, ...]`."""
    spread = tuple(Unpack[p] if isinstance(p, TypeVarTuple) else p for p in params)
    return Generic[spread]


def _pep695_type_alias(name, params, compute, module):
    """The TypeAliasType of a `type` statement; the value is computed lazily."""
    alias = TypeAliasType(name, None, type_params=tuple(params or ()))
    alias._thunk = compute
    alias.__module__ = module
    return alias


