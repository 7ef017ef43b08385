"""Generate boilerplate methods (__init__, __repr__, __eq__, ...) for classes
whose fields are declared with type annotations (PEP 557)."""

import sys, types, keyword
import functools, copy as _copy_mod
FunctionType = types.FunctionType
GenericAlias = types.GenericAlias

__all__ = ('dataclass field Field FrozenInstanceError InitVar KW_ONLY '
           'MISSING fields asdict astuple make_dataclass replace '
           'is_dataclass').split()

try:
    from threading import get_ident as _current_thread
except ImportError:            # no threads: a constant will do
    def _current_thread():
        return 0


class FrozenInstanceError(AttributeError):
    """Raised when a frozen dataclass instance is modified."""


# ---------------------------------------------------------------- sentinels

class _MISSING_TYPE:
    """Type of the MISSING sentinel (no value given)."""


class _KW_ONLY_TYPE:
    """Type of the KW_ONLY pseudo-field marker."""


class _FactoryMarker:
    """Stands in for a default that comes from a default_factory."""
    __repr__ = lambda self: '<factory>'


MISSING, KW_ONLY, _FACTORY_FLAG = (
    _MISSING_TYPE(), _KW_ONLY_TYPE(), _FactoryMarker())


class _FieldKind:
    """Tells what an annotation produced: a field, a ClassVar or an
    InitVar pseudo-field.  Prints as its bare label."""
    __slots__ = ('label',)

    def __init__(self, label):
        self.label = label

    __repr__ = __str__ = lambda self: self.label


_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = map(
    _FieldKind, ('_FIELD', '_FIELD_CLASSVAR', '_FIELD_INITVAR'))

_FIELDS_KEY = '__dataclass_fields__'
_OPTIONS_KEY = '__dataclass_params__'
_HOOK = '__post_init__'

_NO_METADATA = types.MappingProxyType({})


class _SlotProbe:
    __slots__ = ('probe',)


_SLOT_DESCRIPTOR = type(_SlotProbe.__dict__['probe'])

# Values asdict()/astuple() may return as they are, without copying.
_PLAIN_VALUES = frozenset({type(None), bool, int, float, str, complex,
                           bytes, type, range, property, FunctionType,
                           type(Ellipsis), type(NotImplemented)})


class InitVar:
    """Annotation wrapper for init-only pseudo-fields."""
    __slots__ = 'type',

    def __init__(self, type):
        object.__setattr__(self, 'type', type)

    def __repr__(self):
        wrapped = self.type
        label = wrapped.__qualname__ if isinstance(wrapped, type) \
            else repr(wrapped)
        return 'dataclasses.InitVar[%s]' % label

    @classmethod
    def __class_getitem__(klass, item):
        return klass(item)


# ------------------------------------------------------------------ Field

_FIELD_ATTRS = ('name', 'type', 'default', 'default_factory', 'init',
                'repr', 'hash', 'compare', 'metadata', 'kw_only')


class Field:
    """Everything known about one field of a dataclass."""
    __slots__ = _FIELD_ATTRS + ('_field_type',)

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        given = dict(default=default, default_factory=default_factory,
                     init=init, repr=repr, hash=hash, compare=compare,
                     kw_only=kw_only, name=None, type=None, _field_type=None,
                     metadata=(types.MappingProxyType(metadata) if metadata
                               else _NO_METADATA))
        for attr, value in given.items():
            setattr(self, attr, value)

    def __repr__(self):
        shown = ['%s=%r' % (a, getattr(self, a)) for a in _FIELD_ATTRS]
        shown.append('_field_type=%s' % (self._field_type,))
        return 'Field(%s)' % ','.join(shown)

    def __set_name__(self, owner, name):
        # Give a descriptor used as the default the chance to see its name.
        notify = getattr(type(self.default), '__set_name__', None)
        if notify:
            notify(self.default, owner, name)

    __class_getitem__ = classmethod(GenericAlias)


_OPTION_NAMES = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen',
                 'match_args', 'kw_only', 'slots', 'weakref_slot')


class _DataclassParams:
    """The options a dataclass was created with."""
    __slots__ = _OPTION_NAMES

    def __init__(self, *values):
        for attr, value in zip(_OPTION_NAMES, values):
            setattr(self, attr, value)

    def __repr__(self):
        listed = ','.join('%s=%r' % (a, getattr(self, a))
                          for a in _OPTION_NAMES)
        return '_DataclassParams(' + listed + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True,
          repr=True, hash=None, compare=True, metadata=None,
          kw_only=MISSING):
    """Describe one dataclass field with non-standard options."""
    if MISSING is not default and MISSING is not default_factory:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ------------------------------------------------- annotation classification

def _annotation_target(cls, text):
    """Evaluate a string annotation like 'mod.Name[...]' just far enough to
    find the object its head names (looked up in the class's module)."""
    head = text.strip().split('[', 1)[0]
    pieces = [p.strip() for p in head.split('.')]
    if not 1 <= len(pieces) <= 2 or not all(p.isidentifier() for p in pieces):
        return None
    module = sys.modules.get(cls.__module__)
    if module is None:
        return None
    obj = module.__dict__.get(pieces[0], MISSING)
    if obj is MISSING:
        return None
    if len(pieces) == 2:
        if not isinstance(obj, types.ModuleType):
            return None
        obj = getattr(obj, pieces[1], None)
    return obj


def _looks_like_classvar(tp):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return tp is typing.ClassVar or \
        getattr(tp, '__origin__', None) is typing.ClassVar


def _classify(cls, tp):
    """Return 'classvar', 'initvar', 'kwonly' or None for an annotation."""
    candidates = [tp]
    if isinstance(tp, str):
        candidates = [_annotation_target(cls, tp)]
    for obj in candidates:
        if obj is None:
            continue
        if _looks_like_classvar(obj):
            return 'classvar'
        if obj is InitVar or type(obj) is InitVar:
            return 'initvar'
        if obj is _KW_ONLY_TYPE or obj is KW_ONLY:
            return 'kwonly'
    return None


def _unhashable_type(klass):
    # The builtin containers are checked by name as well, since not every
    # interpreter stores __hash__ = None in their type dictionaries.
    for k in klass.__mro__:
        if '__hash__' in k.__dict__:
            return k.__dict__['__hash__'] is None
        if k in (list, dict, set, bytearray):
            return True
    return False


def _build_field(cls, name, tp, kw_only_default):
    attr = getattr(cls, name, MISSING)
    if isinstance(attr, Field):
        fld = attr
    else:
        if isinstance(attr, _SLOT_DESCRIPTOR):
            attr = MISSING
        fld = field(default=attr)
    fld.name = name
    fld.type = tp
    kind = _classify(cls, tp)
    if kind == 'classvar':
        fld._field_type = _FIELD_CLASSVAR
    elif kind == 'initvar':
        fld._field_type = _FIELD_INITVAR
    else:
        fld._field_type = _FIELD

    if fld._field_type is not _FIELD and fld.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')

    if fld._field_type is _FIELD_CLASSVAR:
        if fld.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies '
                            'kw_only')
    elif fld.kw_only is MISSING:
        fld.kw_only = kw_only_default

    if fld._field_type is _FIELD and fld.default is not MISSING and \
            _unhashable_type(type(fld.default)):
        raise ValueError(f'mutable default {type(fld.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return fld


# ---------------------------------------------------- method construction

def _scope_chain(qualname):
    """Split a __qualname__ into ('class'|'def', name) steps so generated
    methods can be compiled with the right qualified name; None when the
    name cannot be written as nested source."""
    parts = qualname.split('.')
    steps = []
    i = 0
    while i < len(parts):
        part = parts[i]
        if not part.isidentifier() or keyword.iskeyword(part):
            return None
        if i + 1 < len(parts) and parts[i + 1] == '<locals>':
            steps.append(('def', part))
            i += 2
        else:
            steps.append(('class', part))
            i += 1
    if not steps or steps[-1][0] != 'class':
        return None
    return steps


def _would_mangle(name):
    return name.startswith('__') and not name.endswith('__')


def _compile_methods(cls, sources, env, local_names):
    """exec the method sources, returning {name: function}.  When possible,
    the sources are nested inside scopes spelling out cls.__qualname__, so
    the compiled functions report the right name in argument errors."""
    sink = {}
    env = dict(env)
    env['__dc_sink__'] = sink
    env.setdefault('__builtins__', __builtins__)
    steps = _scope_chain(cls.__qualname__)
    if steps is not None and any(_would_mangle(n) for n in local_names):
        steps = None
    lines = []
    if steps is None:
        for src in sources:
            lines.extend(src)
        for name in _method_names(sources):
            lines.append(f'__dc_sink__[{name!r}] = {name}')
    else:
        depth = 0
        for kind, name in steps:
            pad = ' ' * depth
            if kind == 'def':
                lines.append(f'{pad}def {name}():')
            else:
                lines.append(f'{pad}class {name}:')
            depth += 1
        pad = ' ' * depth
        for src in sources:
            lines.extend(pad + ln for ln in src)
        for name in _method_names(sources):
            lines.append(f'{pad}__dc_sink__[{name!r}] = {name}')
        # Calls that run the enclosing functions, innermost first.
        for level in range(len(steps) - 1, -1, -1):
            kind, name = steps[level]
            if kind == 'def':
                lines.append(' ' * level + f'{name}()')
    exec('\n'.join(lines) + '\n', env)
    for name, fn in sink.items():
        fn.__qualname__ = f'{cls.__qualname__}.{name}'
    return sink


def _method_names(sources):
    return [src[0].split('(', 1)[0][4:] for src in sources]


def _init_source(fields_for_init, std_fields, kw_fields, frozen, post_init,
                 self_name, env):
    """Source lines for __init__; fills env with the referenced values."""
    env['__dc_factory_flag__'] = _FACTORY_FLAG
    env['__dc_setter__'] = object.__setattr__

    def param(f):
        env[f'__dc_type_{f.name}__'] = f.type
        text = f'{f.name}:__dc_type_{f.name}__'
        if f.default_factory is not MISSING:
            text += '=__dc_factory_flag__'
        elif f.default is not MISSING:
            env[f'__dc_default_{f.name}__'] = f.default
            text += f'=__dc_default_{f.name}__'
        return text

    def store(name, expr):
        if frozen:
            return f'__dc_setter__({self_name},{name!r},{expr})'
        return f'{self_name}.{name}={expr}'

    body = []
    for f in fields_for_init:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            env[f'__dc_make_{f.name}__'] = f.default_factory
            if f.init:
                expr = (f'__dc_make_{f.name}__() if {f.name} is '
                        f'__dc_factory_flag__ else {f.name}')
            else:
                expr = f'__dc_make_{f.name}__()'
        elif f.init:
            expr = f.name
        else:
            continue
        body.append(store(f.name, expr))
    if post_init:
        extra = ','.join(f.name for f in fields_for_init
                         if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_HOOK}({extra})')
    if not body:
        body = ['pass']

    params = [self_name] + [param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend(param(f) for f in kw_fields)
    head = f'def __init__({",".join(params)}) -> None:'
    return [head] + ['  ' + ln for ln in body]


def _guard_repr(fn):
    """Make a __repr__ return '...' when it re-enters for the same object."""
    active = set()

    @functools.wraps(fn)
    def guarded(self):
        token = (id(self), _current_thread())
        if token in active:
            return '...'
        active.add(token)
        try:
            return fn(self)
        finally:
            active.discard(token)
    return guarded


def _make_repr(names):
    def __repr__(self):
        inner = ', '.join(f'{n}={getattr(self, n)!r}' for n in names)
        return f'{self.__class__.__qualname__}({inner})'
    return _guard_repr(__repr__)


def _make_eq(names):
    def __eq__(self, other):
        if self is other:
            return True
        if other.__class__ is not self.__class__:
            return NotImplemented
        for n in names:
            if getattr(self, n) != getattr(other, n):
                return False
        return True
    return __eq__


def _make_compare(names, op):
    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        left = tuple(getattr(self, n) for n in names)
        right = tuple(getattr(other, n) for n in names)
        return op(left, right)
    return compare


def _make_frozen_guards(box, names):
    def __setattr__(self, name, value):
        if type(self) is box[0] or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(box[0], self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is box[0] or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(box[0], self).__delattr__(name)
    return __setattr__, __delattr__


def _put(cls, name, value):
    """Install value unless the class body defined name itself; return
    True when the class already had it."""
    if name in cls.__dict__:
        return True
    if isinstance(value, FunctionType) or hasattr(value, '__wrapped__'):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return False


# ------------------------------------------------------------- the decorator

def _collect(cls, kw_only):
    """Gather inherited and own fields; returns (fields, base_frozen_info)."""
    collected = {}
    any_frozen = False
    every_frozen = None
    saw_base = False
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS_KEY, None)
        if inherited is None:
            continue
        saw_base = True
        for f in inherited.values():
            collected[f.name] = f
        frozen = getattr(base, _OPTIONS_KEY).frozen
        any_frozen = any_frozen or frozen
        every_frozen = frozen if every_frozen is None else \
            (every_frozen and frozen)

    own_annotations = cls.__dict__.get('__annotations__', {})
    own = []
    kw_marker_seen = False
    for name, tp in own_annotations.items():
        if _classify(cls, tp) == 'kwonly':
            if kw_marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has '
                                'already been specified')
            kw_marker_seen = True
            kw_only = True
            continue
        own.append(_build_field(cls, name, tp, kw_only))

    for f in own:
        collected[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in own_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return collected, saw_base, any_frozen, every_frozen


def _check_default_order(std_fields):
    defaulted = False
    for f in std_fields:
        if not f.init:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            defaulted = True
        elif defaulted:
            raise TypeError(f'non-default argument {f.name!r} follows '
                            'default argument')


def _build(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
           kw_only, slots, weakref_slot):
    all_fields, saw_base, any_frozen, every_frozen = _collect(cls, kw_only)

    if saw_base:
        if any_frozen and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if every_frozen is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS_KEY, all_fields)
    setattr(cls, _OPTIONS_KEY, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen, match_args,
                                           kw_only, slots, weakref_slot))

    declared_hash = cls.__dict__.get('__hash__', MISSING)
    user_hash = not (declared_hash is MISSING or
                     (declared_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    real = [f for f in all_fields.values() if f._field_type is _FIELD]
    init_candidates = [f for f in all_fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    positional = [f for f in init_candidates if not f.kw_only]
    keyword_only = [f for f in init_candidates if f.kw_only]

    sources = []
    env = {}
    local_names = []
    if init:
        _check_default_order(positional)
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        sources.append(_init_source(
            init_candidates,
            [f for f in positional if f.init],
            [f for f in keyword_only if f.init],
            frozen, hasattr(cls, _HOOK), self_name, env))
        local_names = [f.name for f in init_candidates]

    hashed = [f.name for f in real
              if (f.compare if f.hash is None else f.hash)]
    hash_mode = None
    if unsafe_hash:
        if user_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class '
                            f'{cls.__name__}')
        hash_mode = 'make'
    elif eq and not user_hash:
        hash_mode = 'make' if frozen else 'none'
    if hash_mode == 'make':
        body = ''.join(f'self.{n},' for n in hashed)
        sources.append(['def __hash__(self):', f'  return hash(({body}))'])

    made = _compile_methods(cls, sources, env, local_names) if sources else {}

    if init:
        _put(cls, '__init__', made['__init__'])

    if repr:
        _put(cls, '__repr__', _make_repr([f.name for f in real if f.repr]))

    compared = [f.name for f in real if f.compare]
    if eq:
        _put(cls, '__eq__', _make_eq(compared))

    if order:
        import operator
        for name, op in (('__lt__', operator.lt), ('__le__', operator.le),
                         ('__gt__', operator.gt), ('__ge__', operator.ge)):
            fn = _make_compare(compared, op)
            fn.__name__ = name
            if _put(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using '
                                'functools.total_ordering')

    box = [cls]
    if frozen:
        names = frozenset(f.name for f in real)
        for fn in _make_frozen_guards(box, names):
            if _put(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    if hash_mode == 'make':
        cls.__hash__ = made['__hash__']
    elif hash_mode == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        import inspect
        try:
            text = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            text = ''
        cls.__doc__ = cls.__name__ + text

    if match_args:
        _put(cls, '__match_args__', tuple(f.name for f in positional if f.init))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _slotted_copy(cls, frozen, weakref_slot)
        box[0] = cls

    from abc import update_abstractmethods
    update_abstractmethods(cls)
    return cls


def _slot_names_of(klass):
    declared = klass.__dict__.get('__slots__')
    if declared is None:
        return ()
    if isinstance(declared, str):
        return (declared,)
    if hasattr(declared, '__next__'):
        raise TypeError(f"Slots of '{klass.__name__}' cannot be determined")
    return tuple(declared)


def _getstate_slots(self):
    return [getattr(self, f.name) for f in fields(self)]


def _setstate_slots(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _slotted_copy(cls, frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    own = tuple(f.name for f in fields(cls))
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_slot_names_of(base))
    wanted = [n for n in own if n not in taken]
    if weakref_slot and '__weakref__' not in taken:
        wanted.append('__weakref__')
    namespace['__slots__'] = tuple(wanted)
    for n in own:
        namespace.pop(n, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    # Handing the qualified name over in the namespace (rather than
    # assigning it afterwards) keeps it out of the class __dict__.
    namespace['__qualname__'] = cls.__qualname__
    replacement = type(cls)(cls.__name__, cls.__bases__, namespace)
    if frozen:
        if '__getstate__' not in namespace:
            replacement.__getstate__ = _getstate_slots
        if '__setstate__' not in namespace:
            replacement.__setstate__ = _setstate_slots
    return replacement


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add generated special methods to a class based on its fields."""
    def apply(klass):
        return _build(klass, init, repr, eq, order, unsafe_hash, frozen,
                      match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return apply
    return apply(cls)


# ------------------------------------------------------------- helpers

def fields(class_or_instance):
    """Tuple of the Field objects of a dataclass or one of its instances."""
    table = getattr(class_or_instance, _FIELDS_KEY, None)
    if table is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(entry for entry in table.values()
                 if entry._field_type is _FIELD)


def _is_instance_of_dataclass(obj):
    return hasattr(type(obj), _FIELDS_KEY)


def is_dataclass(obj):
    """True for dataclasses and their instances."""
    if not isinstance(obj, type):
        obj = type(obj)
    return hasattr(obj, _FIELDS_KEY)


def _convert(value, on_dataclass, factory_kind):
    kind = type(value)
    if kind in _PLAIN_VALUES:
        return value
    if hasattr(kind, _FIELDS_KEY):
        return on_dataclass(value)
    walk = lambda v: _convert(v, on_dataclass, factory_kind)
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        return kind(*[walk(v) for v in value])
    if isinstance(value, (list, tuple)):
        return kind(walk(v) for v in value)
    if isinstance(value, dict):
        pairs = [(walk(k), walk(v)) for k, v in value.items()]
        if hasattr(kind, 'default_factory'):
            result = kind(value.default_factory)
            for k, v in pairs:
                result[k] = v
            return result
        return kind(pairs)
    return _copy_mod.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """Recursively convert a dataclass instance into a dict."""
    if not _is_instance_of_dataclass(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def one(instance):
        return dict_factory([(f.name, _convert(getattr(instance, f.name),
                                               one, dict_factory))
                             for f in fields(instance)])
    return one(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Recursively convert a dataclass instance into a tuple."""
    if not _is_instance_of_dataclass(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def one(instance):
        return tuple_factory([_convert(getattr(instance, f.name), one,
                                       tuple_factory)
                              for f in fields(instance)])
    return one(obj)


def replace(obj, /, **changes):
    """Copy a dataclass instance, overriding some init fields."""
    if not _is_instance_of_dataclass(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for spec in getattr(obj, _FIELDS_KEY).values():
        key, kind = spec.name, spec._field_type
        if kind is _FIELD_CLASSVAR:
            pass
        elif not spec.init:
            if key in changes:
                raise ValueError(
                    'field %s is declared with init=False, it cannot be '
                    'specified with replace()' % key)
        elif key not in changes:
            if kind is _FIELD_INITVAR and spec.default is MISSING:
                raise ValueError(
                    'InitVar %r must be specified with replace()' % key)
            changes[key] = getattr(obj, key)
    return type(obj)(**changes)


def _split_field_item(item):
    """(name, annotation, spec-or-MISSING) for one make_dataclass item."""
    if isinstance(item, str):
        return item, 'typing.Any', MISSING
    size = len(item)
    if size == 2:
        return item[0], item[1], MISSING
    if size == 3:
        return tuple(item)
    raise TypeError('Invalid field: %r' % (item,))


def make_dataclass(cls_name, fields, *, bases=(), namespace=None,
                   init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False,
                   module=None):
    """Create a new dataclass named cls_name from a field list."""
    body = dict(namespace or {})
    hints = {}
    for item in fields:
        name, hint, spec = _split_field_item(item)
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError('Field names must be valid identifiers: %r'
                            % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in hints:
            raise TypeError('Field name duplicated: %r' % (name,))
        if spec is not MISSING:
            body[name] = spec
        hints[name] = hint

    def populate(ns):
        ns.update(body)
        ns['__annotations__'] = hints

    made = types.new_class(cls_name, bases, {}, populate)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        made.__module__ = module
    options = dict(init=init, repr=repr, eq=eq, order=order,
                   unsafe_hash=unsafe_hash, frozen=frozen,
                   match_args=match_args, kw_only=kw_only, slots=slots,
                   weakref_slot=weakref_slot)
    return dataclass(made, **options)
