"""Generate __init__, __repr__, __eq__ and friends for classes whose fields
are declared with type annotations (PEP 557)."""

import sys
import types
import copy
import abc

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass
    instance."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


# Stands in for the default of an __init__ parameter whose field uses a
# default_factory; the factory is only called when no argument was given.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


# The three kinds of annotated class attributes.
_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

# Types asdict()/astuple() return as they are instead of deep-copying.
_ATOMIC_TYPES = frozenset({
    type(None), bool, int, float, str, complex, bytes,
    type(Ellipsis), type(NotImplemented), types.CodeType,
    types.BuiltinFunctionType, types.FunctionType, type, range, property,
})

_KEYWORDS = frozenset({
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
})


class InitVar:
    """Annotation wrapper (InitVar[T]) for init-only pseudo-fields: they
    become __init__ parameters passed on to __post_init__, not fields."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            shown = self.type.__name__
        else:
            shown = repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Everything known about one field of a dataclass.  Create these with
    field(), not directly."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        parts = [f'{attr}={getattr(self, attr)!r}' for attr in (
            'name', 'type', 'default', 'default_factory', 'init', 'repr',
            'hash', 'compare', 'metadata', 'kw_only', '_field_type')]
        return 'Field(' + ','.join(parts) + ')'

    def __set_name__(self, owner, name):
        # Let a descriptor used as the default learn its name too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    @classmethod
    def __class_getitem__(cls, item):
        return cls


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen',
                 'match_args', 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        inner = ','.join(f'{name}={getattr(self, name)!r}'
                         for name in self.__slots__)
        return f'_DataclassParams({inner})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one dataclass field: its default or default_factory, and
    whether it takes part in __init__, __repr__, comparisons and hashing.
    metadata, if given, is exposed read-only on the Field."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _fields_in_init_order(all_fields):
    positional = tuple(f for f in all_fields if f.init and not f.kw_only)
    keyword = tuple(f for f in all_fields if f.init and f.kw_only)
    return positional, keyword


def _is_unhashable_type(tp):
    for klass in tp.__mro__:
        if '__hash__' in klass.__dict__:
            return klass.__dict__['__hash__'] is None
        # The built-in mutable containers are unhashable even where the
        # interpreter does not spell that as a __hash__ = None entry.
        if klass in (list, dict, set, bytearray):
            return True
    return False


# Creating methods from source text

def _make_function(name, params, body_lines, env, cls, annotations=None,
                   return_none=False):
    """Compile a function called name with the given parameter list and
    body; env supplies the globals it refers to."""
    namespace = dict(env)
    namespace['__name__'] = getattr(cls, '__module__', None)
    namespace.setdefault('__builtins__', __builtins__)
    body = '\n'.join(f'    {line}' for line in body_lines) or '    pass'
    source = f'def {name}({", ".join(params)}):\n{body}\n'
    exec(source, namespace)
    fn = namespace[name]
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    if annotations is not None:
        if return_none:
            annotations = dict(annotations)
            annotations['return'] = None
        fn.__annotations__ = annotations
    return fn


def _set_new_attribute(cls, name, value):
    """Add value to cls under name unless cls defines name itself; return
    True when the name was already there."""
    if name in cls.__dict__:
        return True
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return False


def _init_fn(init_fields, std_fields, kw_fields, frozen, has_post_init,
             self_name, cls, slots):
    seen_default = None
    for f in std_fields:
        if f.init:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default is not None:
                    raise TypeError(f'non-default argument {f.name!r} '
                                    f'follows default argument')
            else:
                seen_default = f
    env = {
        '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
        '__dataclass_builtins_object__': object,
    }
    annotations = {}

    def param(f):
        annotations[f.name] = f.type
        if f.default is not MISSING:
            env[f'__dataclass_dflt_{f.name}__'] = f.default
            return f'{f.name}=__dataclass_dflt_{f.name}__'
        if f.default_factory is not MISSING:
            return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'
        return f.name

    params = [self_name] + [param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend(param(f) for f in kw_fields)

    def assign(name, expr):
        if frozen:
            return (f'__dataclass_builtins_object__.__setattr__('
                    f'{self_name}, {name!r}, {expr})')
        return f'{self_name}.{name} = {expr}'

    lines = []
    for f in init_fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        factory = f'__dataclass_factory_{f.name}__'
        if f.default_factory is not MISSING:
            env[factory] = f.default_factory
            if f.init:
                lines.append(assign(
                    f.name, f'{factory}() if {f.name} is '
                    f'__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}'))
            else:
                lines.append(assign(f.name, f'{factory}()'))
        elif f.init:
            lines.append(assign(f.name, f.name))
        elif slots and f.default is not MISSING:
            env[f'__dataclass_dflt_{f.name}__'] = f.default
            lines.append(assign(f.name, f'__dataclass_dflt_{f.name}__'))
    if has_post_init:
        extra = ', '.join(f.name for f in init_fields
                          if f._field_type is _FIELD_INITVAR)
        lines.append(f'{self_name}.{_POST_INIT_NAME}({extra})')
    return _make_function('__init__', params, lines, env, cls, annotations,
                          return_none=True)


_repr_running = set()


def _repr_fn(repr_fields, cls):
    shown = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in repr_fields)
    inner = _make_function(
        '__repr__', ['self'],
        [f'return self.__class__.__qualname__ + f"({shown})"'], {}, cls)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return inner(self)
        finally:
            _repr_running.discard(key)

    __repr__.__qualname__ = inner.__qualname__
    __repr__.__wrapped__ = inner
    return __repr__


def _tuple_src(prefix, flds):
    return '(' + ''.join(f'{prefix}.{f.name},' for f in flds) + ')'


def _cmp_fn(name, op, cmp_fields, cls):
    return _make_function(
        name, ['self', 'other'],
        ['if other.__class__ is self.__class__:',
         f'    return {_tuple_src("self", cmp_fields)} {op} '
         f'{_tuple_src("other", cmp_fields)}',
         'return NotImplemented'], {}, cls)


def _hash_fn(hash_fields, cls):
    return _make_function(
        '__hash__', ['self'],
        [f'return hash({_tuple_src("self", hash_fields)})'], {}, cls)


def _frozen_methods(cls, field_names):
    names = frozenset(field_names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    for fn in (__setattr__, __delattr__):
        if _set_new_attribute(cls, fn.__name__, fn):
            raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                            f'in class {cls.__name__}')


# Recognising ClassVar, InitVar and KW_ONLY annotations

def _split_dotted_annotation(text):
    """Parse the leading 'name' or 'module.name' of a string annotation;
    returns (module or None, name) or None."""
    def word(pos):
        start = pos
        while pos < len(text) and (text[pos].isalnum() or text[pos] == '_'):
            pos += 1
        return text[start:pos], pos

    def spaces(pos):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return pos

    first, pos = word(spaces(0))
    if not first:
        return None
    after = spaces(pos)
    if after < len(text) and text[after] == '.':
        second, _ = word(spaces(after + 1))
        if second:
            return first, second
    return None, first


def _string_annotation_is(annotation, cls, module, predicate):
    parts = _split_dotted_annotation(annotation)
    if parts is None:
        return False
    module_name, name = parts
    owner = sys.modules.get(cls.__module__)
    namespace = getattr(owner, '__dict__', None)
    if namespace is None:
        return False
    if module_name is None:
        return predicate(namespace.get(name))
    if namespace.get(module_name) is module and module is not None:
        return predicate(getattr(module, name, None))
    return False


def _is_classvar(annotation, typing):
    if typing is None:
        return False
    classvar = getattr(typing, 'ClassVar', None)
    if classvar is None:
        return False
    return annotation is classvar or \
        getattr(annotation, '__origin__', None) is classvar


def _is_initvar(annotation, module):
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only(annotation, module):
    return annotation is KW_ONLY


def _annotation_is(annotation, cls, check, module):
    if check(annotation, module):
        return True
    if isinstance(annotation, str):
        return _string_annotation_is(
            annotation, cls, module, lambda obj: check(obj, module))
    return False


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        member_descriptor = getattr(types, 'MemberDescriptorType', None)
        if member_descriptor is not None and \
                isinstance(default, member_descriptor):
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    this_module = sys.modules.get(__name__)
    typing = sys.modules.get('typing')
    if typing is not None and _annotation_is(annotation, cls, _is_classvar,
                                             typing):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD and _annotation_is(annotation, cls,
                                                  _is_initvar, this_module):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies '
                        f'kw_only')
    if f._field_type is _FIELD and _is_unhashable_type(type(f.default)):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# Building the class

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(
        init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
        slots, weakref_slot))

    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            base_frozen = getattr(base, _PARAMS).frozen
            if all_frozen_bases is None:
                all_frozen_bases = True
            if base_frozen:
                any_frozen_base = True
            else:
                all_frozen_bases = False

    annotations = cls.__dict__.get('__annotations__', {})
    this_module = sys.modules.get(__name__)
    own_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _annotation_is(annotation, cls, _is_kw_only, this_module):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has '
                                f'already been specified')
            kw_only_seen = True
            kw_only_now = True
        else:
            own_fields.append(_get_field(cls, name, annotation,
                                         kw_only_now))
    for f in own_fields:
        all_fields[f.name] = f
        # A field() object left as the class attribute is replaced by the
        # plain default, or removed when there is none.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type '
                            f'annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values()
                   if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_fields, kw_fields = _fields_in_init_order(init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        _set_new_attribute(cls, '__init__', _init_fn(
            init_fields, std_fields, kw_fields, frozen, has_post_init,
            self_name, cls, slots))

    real_fields = [f for f in all_fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__',
                           _repr_fn([f for f in real_fields if f.repr], cls))

    if eq:
        compared = [f for f in real_fields if f.compare]
        _set_new_attribute(cls, '__eq__',
                           _cmp_fn('__eq__', '==', compared, cls))

    if order:
        compared = [f for f in real_fields if f.compare]
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')):
            if _set_new_attribute(cls, name,
                                  _cmp_fn(name, op, compared, cls)):
                raise TypeError(f'Cannot overwrite attribute {name} in '
                                f'class {cls.__name__}. Consider using '
                                f'functools.total_ordering')

    if frozen:
        _frozen_methods(cls, [f.name for f in real_fields])

    hashed = [f for f in real_fields
              if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class '
                            f'{cls.__name__}')
        cls.__hash__ = _hash_fn(hashed, cls)
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _hash_fn(hashed, cls)
        else:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            text = _class_signature_text(cls)
        except (TypeError, ValueError):
            text = ''
        cls.__doc__ = cls.__name__ + text

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _slots_of(cls):
    slots = cls.__dict__.get('__slots__', ())
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


def _add_slots(cls, frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    wanted = names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    if qualname is not None:
        namespace['__qualname__'] = qualname
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if frozen:
        if '__getstate__' not in namespace:
            def __getstate__(self):
                return [getattr(self, f.name) for f in fields(self)]
            new_cls.__getstate__ = __getstate__
        if '__setstate__' not in namespace:
            def __setstate__(self, state):
                for f, value in zip(fields(self), state):
                    object.__setattr__(self, f.name, value)
            new_cls.__setstate__ = __setstate__
    return new_cls


# The signature text used for the default __doc__

def _format_annotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    generic_alias = getattr(types, 'GenericAlias', None)
    if generic_alias is not None and isinstance(annotation, generic_alias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _function_signature_text(fn, skip_first):
    code = fn.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = getattr(code, 'co_posonlyargcount', 0)
    nkw = code.co_kwonlyargcount
    flags = code.co_flags
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    annotations = getattr(fn, '__annotations__', None) or {}

    def render(name, has_default=False, default=None, prefix=''):
        text = prefix + name
        if name in annotations:
            text += ': ' + _format_annotation(annotations[name])
            if has_default:
                text += ' = ' + repr(default)
        elif has_default:
            text += '=' + repr(default)
        return text

    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        if i < first_default:
            parts.append(render(names[i]))
        else:
            parts.append(render(names[i], True, defaults[i - first_default]))
        if nposonly and i == nposonly - 1:
            parts.append('/')
    index = npos + nkw
    if flags & 0x04:
        parts.append(render(names[index], prefix='*'))
        index += 1
    elif nkw:
        parts.append('*')
    for i in range(npos, npos + nkw):
        name = names[i]
        if name in kwdefaults:
            parts.append(render(name, True, kwdefaults[name]))
        else:
            parts.append(render(name))
    if flags & 0x08:
        parts.append(render(names[index], prefix='**'))
    if skip_first and parts:
        if parts[0] == '/':
            parts = parts[1:]
        else:
            parts = parts[1:]
            if len(parts) and parts[0] == '/' and nposonly == 1:
                parts = parts[1:]
    text = '(' + ', '.join(parts) + ')'
    if 'return' in annotations and annotations['return'] is not None:
        text += ' -> ' + _format_annotation(annotations['return'])
    return text


def _class_signature_text(cls):
    for klass in cls.__mro__:
        if '__init__' in klass.__dict__:
            init = klass.__dict__['__init__']
            break
    else:
        return '()'
    if klass is object:
        return '()'
    if not isinstance(init, types.FunctionType):
        raise ValueError('no signature')
    return _function_signature_text(init, skip_first=True)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Class decorator adding generated special methods (by default
    __init__, __repr__ and __eq__) based on the class's annotated fields.
    Usable bare (@dataclass) or with options (@dataclass(frozen=True))."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return the Field objects of a dataclass or dataclass instance, in
    definition order, leaving out ClassVar and InitVar pseudo-fields."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or '
                        'instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True if obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Convert a dataclass instance to a dict of its fields, recursing into
    nested dataclasses, lists, tuples and dicts; other values are
    deep-copied."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        pairs = [(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                 for f in fields(obj)]
        if dict_factory is dict:
            return dict(pairs)
        return dict_factory(pairs)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = \
                    _asdict_inner(v, dict_factory)
            return result
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Convert a dataclass instance to a tuple of its field values,
    recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name),
                                             tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_astuple_inner(k, tuple_factory)] = \
                    _astuple_inner(v, tuple_factory)
            return result
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Create a dataclass called cls_name.  Each item of fields is a name,
    a (name, type) pair or a (name, type, Field) triple; the remaining
    arguments are passed to dataclass()."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: '
                            f'{name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def fill(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object like dataclass instance obj with the given
    fields replaced, built by calling its __init__."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 f'init=False, it cannot be specified with '
                                 f'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified '
                                 f'with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
