"""Enumerations: sets of symbolic names bound to unique constant values.

Provides Enum and its variants IntEnum, StrEnum, Flag and IntFlag, the
EnumType metaclass that builds them, and the helpers auto, unique, verify,
member, nonmember, property and global_enum.
"""

import builtins as _builtins
import sys
import types

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

# The classes below are created by EnumType, which needs to refer to some of
# them; until each exists its name is None.
Enum = Flag = ReprEnum = None
STRICT = CONFORM = EJECT = KEEP = None


# Small predicates

def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == '__' and name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_' and
            name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_' + cls_name.lstrip('_') + '__'
    return (len(name) > len(prefix) and name.startswith(prefix) and
            not name.endswith('__'))


def _is_single_bit(num):
    if num == 0:
        return False
    return num & (num - 1) == 0


def _bits_lsb(num):
    """Yield the set bits of num one at a time, lowest first."""
    while num:
        lowest = num & (~num + 1)
        yield lowest
        num ^= lowest


def _high_bit(value):
    """Index of the highest set bit (-1 for 0)."""
    return value.bit_length() - 1


def show_flag_values(value):
    """The single-bit values that make up value, lowest first."""
    return list(_bits_lsb(value))


def _binary(num, width=None):
    """Binary text as used in Flag errors: '0b0 1010'; negative numbers are
    shown in two's complement after a '0b1' sign."""
    size = num.bit_length()
    if num >= 0:
        sign = '0b0'
        digits = format(num, 'b') if num else ''
    else:
        sign = '0b1'
        digits = format(num + (1 << (size + 1)), 'b')[1:]
    if width is not None and len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return f'{sign} {digits}'


# Interpreter compensations.  Each of these only changes anything on an
# interpreter that deviates from CPython; there they keep IntEnum, StrEnum
# and IntFlag usable:
# - a built-in type may not list a special method it implements (for
#   instance int.__format__ resolving to object.__format__); a stand-in
#   that works on the plain value is used instead;
# - a native method of a built-in type stored as another special method of
#   a subclass (IntEnum.__str__ = int.__repr__) may not be called as
#   itself; it is then wrapped in a Python function.

_OWN_SPECIALS = {
    int: ('__repr__', '__format__'),
    float: ('__repr__', '__format__'),
    complex: ('__repr__', '__format__'),
    str: ('__repr__', '__str__', '__format__'),
}
_standins = {}


class _NativeProbe(int):
    __str__ = int.__repr__

    def __repr__(self):
        return ''


_NATIVE_METHODS_KEEP_IDENTITY = str(_NativeProbe(1)) == '1'
del _NativeProbe


def _plain_value(data_type, obj):
    if data_type is str:
        return str.__add__(obj, '')
    return data_type(obj)


def _make_standin(data_type, name, native=None):
    if native is not None:
        def method(self, *args):
            return native(self, *args)
    elif name == '__repr__':
        def method(self):
            return repr(_plain_value(data_type, self))
    elif name == '__str__':
        def method(self):
            return str(_plain_value(data_type, self))
    else:
        def method(self, format_spec):
            return format(_plain_value(data_type, self), format_spec)
    method.__name__ = name
    method.__qualname__ = f'{data_type.__name__}.{name}'
    return method


def _missing_special(data_type, name):
    """True if the interpreter hides data_type's own special method name."""
    return (name in _OWN_SPECIALS.get(data_type, ()) and
            getattr(data_type, name) is getattr(object, name))


def _data_type_method(data_type, name):
    """data_type's implementation of special method name."""
    method = getattr(data_type, name)
    if data_type is object or data_type not in _OWN_SPECIALS:
        return method
    key = (data_type, name)
    if _missing_special(data_type, name):
        if key not in _standins:
            _standins[key] = _make_standin(data_type, name)
        return _standins[key]
    if not _NATIVE_METHODS_KEEP_IDENTITY and \
            method is not getattr(object, name):
        if key not in _standins:
            _standins[key] = _make_standin(data_type, name, method)
        return _standins[key]
    return method


# Public helpers

class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder for a member value to be filled in by the enum's
    _generate_next_value_()."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class member:
    """Force value to become a member, even if it is a descriptor."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep value from becoming a member: it stays a plain attribute."""

    def __init__(self, value):
        self.value = value


class property:
    """Descriptor for enum attributes that may clash with member names.

    Read from a member it behaves like an ordinary property; read from the
    enum class it gives the member of the same name, or raises
    AttributeError when there is none.
    """

    member = None
    _kind = None
    _origin = None

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None and fget is not None:
            doc = getattr(fget, '__doc__', None)
        self.__doc__ = doc
        self.__isabstractmethod__ = bool(
            getattr(fget, '__isabstractmethod__', False))
        self.name = None
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError(
                f'{ownerclass!r} has no attribute {self.name!r}')
        if self.fget is not None:
            return self.fget(instance)
        if self._kind == 'desc':
            return getattr(instance._value_, self.name)
        if self._kind == 'attr':
            return getattr(self._origin, self.name)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError(
                f'{ownerclass!r} has no attribute {self.name!r}') from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                f"<enum {self.clsname!r}> cannot set attribute "
                f"{self.name!r}")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                f"<enum {self.clsname!r}> cannot delete attribute "
                f"{self.name!r}")
        self.fdel(instance)

    def getter(self, fget):
        return self._copy(fget=fget)

    def setter(self, fset):
        return self._copy(fset=fset)

    def deleter(self, fdel):
        return self._copy(fdel=fdel)

    def _copy(self, **changes):
        parts = {'fget': self.fget, 'fset': self.fset, 'fdel': self.fdel,
                 'doc': self.__doc__}
        parts.update(changes)
        return type(self)(**parts)


# Class namespace

_ALLOWED_SUNDERS = frozenset({
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_',
})


class _EnumDict(dict):
    """The namespace an enum class body runs in.  It records which names
    are members (in order), fills in auto() values, and rejects reuse of a
    name and reserved _sunder_ names."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError(f'_sunder_ names, such as {key!r}, are '
                                 f'reserved for future Enum use')
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined '
                                    'before members')
                func = value
                if isinstance(func, staticmethod):
                    func = func.__func__
                self._generate_next_value = func
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                clash = set(value) & set(self._member_names)
                if clash:
                    raise ValueError(f'_ignore_ cannot specify already set '
                                     f'names: {clash!r}')
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, member):
                value = value.value
            value = self._fill_auto(key, value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _fill_auto(self, key, value):
        single = isinstance(value, auto)
        parts = (value,) if single else value
        if type(parts) is not tuple or \
                not any(isinstance(p, auto) for p in parts):
            self._last_values.append(value)
            return value
        filled = []
        for part in parts:
            if isinstance(part, auto):
                if part.value is _auto_null:
                    part.value = self._generate_next_value(
                        key, 1, len(self._member_names),
                        self._last_values[:])
                    self._auto_called = True
                part = part.value
                self._last_values.append(part)
            filled.append(part)
        return filled[0] if single else tuple(filled)

    def update(self, *args, **kwargs):
        pairs = dict(*args, **kwargs)
        for key, value in pairs.items():
            self[key] = value


class _proto_member:
    """Stands in for a member in the namespace given to type.__new__; its
    __set_name__ hook creates the real member once the class exists."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        _make_member(enum_class, member_name, self.value)


def _make_member(enum_class, member_name, value):
    member_type = enum_class._member_type_
    if type(value) is tuple:
        args = value
    else:
        args = (value,)
    if member_type is tuple:
        args = (args,)
    if enum_class._use_args_:
        new_member = enum_class._new_member_(enum_class, *args)
    else:
        new_member = enum_class._new_member_(enum_class)
    if not hasattr(new_member, '_value_'):
        if member_type is object:
            new_member._value_ = value
        else:
            try:
                new_member._value_ = member_type(*args)
            except Exception as exc:
                error = TypeError('_value_ not set in __new__, unable to '
                                  'create it')
                error.__cause__ = exc
                raise error
    value = new_member._value_
    new_member._name_ = member_name
    new_member.__objclass__ = enum_class
    new_member.__init__(*args)
    new_member._sort_order_ = len(enum_class._member_names_)

    is_flag = Flag is not None and issubclass(enum_class, Flag)
    if is_flag:
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

    canonical = _find_by_value(enum_class, value)
    if canonical is None:
        canonical = new_member
        if not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(member_name)

    _install_member(enum_class, member_name, canonical)
    enum_class._member_map_[member_name] = canonical
    try:
        enum_class._value2member_map_.setdefault(value, canonical)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _find_by_value(enum_class, value):
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                return existing
        return None


def _install_member(enum_class, member_name, enum_member):
    """Make enum_class.<member_name> give the member.  When a base class
    already has a descriptor of that name (Enum.name, int.real, ...), an
    enum property keeps that descriptor working on members."""
    descriptor = None
    kind = None
    origin = None
    for base in enum_class.__mro__[1:]:
        attr = base.__dict__.get(member_name)
        if attr is None:
            continue
        if isinstance(attr, property):
            descriptor, kind, origin = attr, 'enum', base
            break
        if _is_descriptor(attr):
            if descriptor is None:
                descriptor = attr
            kind = kind or 'desc'
            origin = origin or base
        else:
            kind = 'attr'
            origin = base
    if descriptor is None:
        type.__setattr__(enum_class, member_name, enum_member)
        return
    redirect = property()
    redirect.member = enum_member
    redirect.__set_name__(enum_class, member_name)
    redirect.fget = getattr(descriptor, 'fget', None)
    redirect.fset = getattr(descriptor, 'fset', None)
    redirect.fdel = getattr(descriptor, 'fdel', None)
    redirect._kind = kind
    redirect._origin = origin
    type.__setattr__(enum_class, member_name, redirect)


def _dataclass_repr(self):
    fields = self.__dataclass_fields__
    return ', '.join(f'{name}={getattr(self, name)!r}'
                     for name, field in fields.items() if field.repr)


def _defines_new(cls):
    # Built-in types always have their own constructor, even where the
    # interpreter does not list __new__ in the type's __dict__.
    return '__new__' in cls.__dict__ or (
        cls is not object and cls.__module__ == 'builtins')


class EnumType(type):
    """Metaclass of Enum: turns the names assigned in the class body into
    members and gives the class its container behaviour (iteration, len,
    lookup by value with Color(1) and by name with Color['RED'])."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            generate = first_enum.__dict__.get('_generate_next_value_')
            if generate is None:
                generate = getattr(first_enum, '_generate_next_value_', None)
            if isinstance(generate, staticmethod):
                generate = generate.__func__
            dict.__setitem__(namespace, '_generate_next_value_', generate)
            namespace._generate_next_value = generate
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        if not isinstance(classdict, _EnumDict):
            replay = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                replay[key] = value
            classdict = replay
        ignore = dict.get(classdict, '_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in list(ignore) + ['_ignore_']:
            dict.pop(classdict, key, None)
        member_names = set(classdict._member_names)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(
            classdict, member_type, first_enum)

        namespace = {}
        for key, value in classdict.items():
            if key in member_names:
                namespace[key] = _proto_member(value)
            else:
                namespace[key] = value
        order = namespace.pop('_order_', None)
        generate = namespace.get('_generate_next_value_')
        if generate is not None and \
                isinstance(generate, types.FunctionType):
            namespace['_generate_next_value_'] = staticmethod(generate)

        namespace['_new_member_'] = new_member
        namespace['_use_args_'] = use_args
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        if '_value_repr_' not in namespace:
            namespace['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        if Flag is None:
            # Bootstrapping this module: only the Flag class itself needs
            # the flag bookkeeping.
            is_flag = cls == 'Flag' and bases == (Enum,)
        else:
            is_flag = any(issubclass(base, Flag) for base in bases
                          if isinstance(base, type))
        if is_flag:
            namespace['_boundary_'] = boundary or getattr(
                first_enum, '_boundary_', None)
            namespace['_flag_mask_'] = 0
            namespace['_singles_mask_'] = 0
            namespace['_all_bits_'] = 0
            namespace['_inverted_'] = None

        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        # Methods the data type would otherwise supply in place of the
        # enum's own.
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in classdict or first_enum is None:
                continue
            enum_method = getattr(first_enum, name, None)
            found = getattr(enum_class, name, None)
            if enum_method is None or found is None:
                continue
            if found is getattr(object, name, None) or \
                    (hasattr(member_type, name) and
                     (found is getattr(member_type, name) or
                      found is _data_type_method(member_type, name))) or \
                    _missing_special(member_type, name):
                type.__setattr__(enum_class, name, enum_method)

        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__',
                         '__rand__', '__rxor__', '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name,
                                     Flag.__dict__[name])

        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a '
                                'data type (i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__',
                                 _data_type_method(member_type, '__format__'))
            if '__str__' not in classdict:
                method = _data_type_method(member_type, '__str__')
                if method is object.__str__:
                    method = _data_type_method(member_type, '__repr__')
                type.__setattr__(enum_class, '__str__', method)

        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__',
                                 classdict['__new__'])
            type.__setattr__(enum_class, '__new__', Enum.__new__)

        if Flag is not None and issubclass(enum_class, Flag):
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                type.__setattr__(enum_class, '_iter_member_',
                                 enum_class._iter_member_by_def_)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if Flag is not None and issubclass(enum_class, Flag):
                order = [name for name in order
                         if name not in enum_class._member_map_ or
                         _is_single_bit(enum_class._member_map_[name]._value_)]
            if order != enum_class._member_names_:
                raise TypeError(f'member order does not match _order_:\n'
                                f'  {enum_class._member_names_!r}\n'
                                f'  {order!r}')
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *values, module=None,
                 qualname=None, type=None, start=1, boundary=None):
        """Look a member up by value, or (functional API) create a new
        enum: Enum('Animal', 'ANT BEE CAT')."""
        if cls._member_map_:
            if names:
                value = (value, names) + values
            return cls.__new__(cls, value)
        if names is None and type is None:
            raise TypeError(f'{cls} has no members; specify `names=()` if '
                            f'you meant to create a new, empty, enum')
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return (value in cls._value2member_map_ or
                value in cls._unhashable_values_)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member '
                                 f'{attr!r}.')
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__iter__', '__len__', '__members__', '__module__',
                 '__name__', '__qualname__', '__init_subclass__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """Read-only mapping of every member name (aliases included) to its
        member."""
        return types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    def __reversed__(cls):
        return (cls._member_map_[name]
                for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: build a new enum class from names, which is
        a string of names, a sequence of names or of (name, value) pairs,
        or a mapping of names to values."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and \
                isinstance(names[0], str):
            plain, names = names, []
            seen_values = []
            for count, name in enumerate(plain):
                value = first_enum._generate_next_value_(
                    name, start, count, seen_values[:])
                seen_values.append(value)
                names.append((name, value))
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        dict.__setitem__(classdict, '__module__', module)
        if qualname is not None:
            dict.__setitem__(classdict, '__qualname__', qualname)
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        """Create an enum called name in module from the module-level
        constants (or those of source) whose names pass filter."""
        module_globals = sys.modules[module].__dict__
        namespace = module_globals if source is None else source.__dict__
        chosen = [(key, value) for key, value in namespace.items()
                  if filter(key)]
        try:
            chosen.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            chosen.sort(key=lambda pair: pair[0])
        body = dict(chosen)
        body['__module__'] = module
        template = _builtins.type(name, (object,), body)
        new_enum = _simple_enum(cls, boundary=boundary or KEEP)(template)
        if as_global:
            global_enum(new_enum)
        else:
            sys.modules[new_enum.__module__].__dict__.update(
                new_enum.__members__)
        module_globals[name] = new_enum
        return new_enum

    @classmethod
    def _check_for_existing_members_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f'<enum {class_name!r}> cannot extend '
                                    f'{base!r}')

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        """Return (data type, first enum base) for a new enum class."""
        if not bases:
            return object, Enum
        metacls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] '
                            'enum_type)`')
        member_type = metacls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base.__dict__.get('_value_repr_')
                if '__repr__' in base.__dict__:
                    params = base.__dict__.get('__dataclass_params__')
                    if '__dataclass_fields__' in base.__dict__ and \
                            params is not None and params.repr:
                        return _dataclass_repr
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(metacls, class_name, bases):
        found = set()
        ordered = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_type = base._member_type_
                        break
                    continue
                if _defines_new(base) or \
                        '__dataclass_fields__' in base.__dict__:
                    data_type = candidate or base
                    break
                candidate = candidate or base
            else:
                continue
            if data_type not in found:
                found.add(data_type)
                ordered.append(data_type)
        if len(ordered) > 1:
            raise TypeError(f'too many data types for {class_name!r}: '
                            f'{set(ordered)!r}')
        return ordered[0] if ordered else None

    @classmethod
    def _find_new_(metacls, classdict, member_type, first_enum):
        """Return (member constructor, whether a __new__ defined in the
        class body must be kept as __new_member__, whether the constructor
        takes the member value as arguments)."""
        new = classdict.get('__new__', None)
        save_new = first_enum is not None and new is not None
        if isinstance(new, staticmethod):
            new = new.__func__
        if new is None:
            skip = (None, None.__new__, object.__new__)
            if Enum is not None:
                skip += (Enum.__new__,)
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if not any(target is s for s in skip):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new is object.__new__ or
                        (Enum is not None and new is Enum.__new__))
        # Built-in data types need the value to construct the member even
        # where their constructor is reached through object.__new__.
        if not use_args and first_enum is not None and \
                member_type is not object and _defines_new(member_type) \
                and '__new__' not in member_type.__dict__:
            use_args = True
        return new, save_new, use_args


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Base class for enumerations.

    Subclass it and assign the members in the class body:

        class Color(Enum):
            RED = 1
            GREEN = 2

    Members are looked up by value with Color(1), by name with
    Color['RED'], and iterate in definition order.
    """

    def __new__(cls, value):
        # Member lookup by value: the members themselves were created by
        # EnumType when the class was built.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        error = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            error = exc
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and \
                cls._boundary_ is EJECT and isinstance(result, int):
            return result
        not_valid = ValueError(f'{value!r} is not a valid '
                               f'{cls.__qualname__}')
        if result is None and error is None:
            raise not_valid
        if error is None:
            error = TypeError(f'error in {cls.__name__}._missing_: returned '
                              f'{result!r} instead of None or a valid member')
        if not isinstance(error, ValueError):
            error.__context__ = not_valid
        raise error

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """Value for an auto() member: one more than the largest value so
        far, or start for the first member."""
        if not last_values:
            return start
        try:
            highest = sorted(last_values)[-1]
            return highest + 1
        except TypeError:
            pass
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self.__class__._value_repr_ or repr
        return (f'<{self.__class__.__name__}.{self._name_}: '
                f'{value_repr(self._value_)}>')

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __dir__(self):
        if self._member_type_ is object:
            names = set()
        else:
            names = set(object.__dir__(self))
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_' and name not in self._member_map_:
                names.add(name)
        for klass in self.__class__.mro():
            for name, obj in klass.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or \
                            name not in self._member_map_:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in self._member_map_:
                    names.add(name)
        names.update(('__class__', '__doc__', '__eq__', '__hash__',
                      '__module__'))
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __signature__(cls):
        if cls._member_names_:
            return '(*values)'
        return ('(new_class_name, /, names, *, module=None, qualname=None, '
                'type=None, start=1, boundary=None)')

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Enum whose str() and format() are those of the mixed-in data type;
    only repr() shows the enum."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) >= 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        value = str(*values)
        new_member = str.__new__(cls, value)
        new_member._value_ = value
        return new_member

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives a StrEnum member its name in lower case."""
        return name.lower()


def _reduce_ex_by_global_name(self, proto):
    return self.name


pickle_by_global_name = _reduce_ex_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """How a Flag treats values with bits outside its members:
    STRICT raises ValueError, CONFORM drops the unknown bits, EJECT returns
    a plain int and KEEP keeps them."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Enum whose members can be combined with the bitwise operators
    |, &, ^ and ~; combinations are members too."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives a Flag member the next power of two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError(f'invalid flag value {last_value!r}') from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The canonical members whose bits are in value, lowest bit
        first."""
        for bit in _bits_lsb(value & cls._flag_mask_):
            found = cls._value2member_map_.get(bit)
            if found is not None:
                yield found

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The canonical members whose bits are in value, in definition
        order."""
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Build (and cache) the member for a combination of flags."""
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        negative_key = None
        out_of_range = not (~all_bits <= value <= all_bits) or \
            value & (all_bits ^ flag_mask)
        if out_of_range:
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(
                    f'{cls!r} invalid value {value!r}\n'
                    f'    given {_binary(value, width)}\n'
                    f'  allowed {_binary(flag_mask, width)}')
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1,
                                2 ** value.bit_length()) + value
            else:
                raise ValueError(f'{cls!r} unknown flag boundary '
                                 f'{boundary!r}')
        if value < 0:
            negative_key = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        known = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown '
                             f'values {unknown!r} [{_binary(unknown)}]')
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if known or aliases:
            parts = list(cls._iter_member_(known))
            combined = 0
            for part in parts:
                combined |= part._value_
            if aliases:
                wanted = known | aliases
                for candidate in cls._member_map_.values():
                    v = candidate._value_
                    if candidate not in parts and v and v & wanted == v:
                        parts.append(candidate)
                        combined |= v
            leftover = value ^ combined
            if not combined:
                pseudo._name_ = None
            else:
                pseudo._name_ = '|'.join(p._name_ for p in parts)
                if leftover and cls._boundary_ is STRICT:
                    raise ValueError(f'{cls!r}: no members with value '
                                     f'{leftover!r}')
                if leftover:
                    pseudo._name_ += '|' + cls._numeric_repr_(leftover)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative_key is not None:
            cls._value2member_map_[negative_key] = pseudo
        return pseudo

    def __contains__(self, other):
        """True if every bit of other is set in self."""
        if not isinstance(other, self.__class__):
            raise TypeError(
                f"unsupported operand type(s) for 'in': "
                f"{type(other).__qualname__!r} and "
                f"{self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The canonical members contained in self."""
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f'<{cls_name}: {value_repr(self._value_)}>'
        return f'<{cls_name}.{self._name_}: {value_repr(self._value_)}>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        other_value = _flag_operand(self, other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = _flag_operand(self, other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = _flag_operand(self, other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(
                    self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _flag_operand(self, other):
    if isinstance(other, self.__class__):
        return other._value_
    if self._member_type_ is not object and \
            isinstance(other, self._member_type_):
        return other
    return NotImplemented


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints and combine with ints."""


# Decorators and checks

def unique(enumeration):
    """Class decorator: raise ValueError if the enumeration has aliases
    (several names for one value)."""
    duplicates = [(name, found.name)
                  for name, found in enumeration.__members__.items()
                  if name != found.name]
    if duplicates:
        details = ', '.join(f'{alias} -> {name}'
                            for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: '
                         f'{details}')
    return enumeration


class EnumCheck(StrEnum):
    """The constraints verify() can check."""

    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration against EnumCheck
    constraints; raises ValueError describing the first one violated."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        is_flag = Flag is not None and issubclass(enumeration, Flag)
        kind = 'flag' if is_flag else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(alias, found.name) for alias, found in
                           enumeration.__members__.items()
                           if alias != found.name]
                if aliases:
                    details = ', '.join(f'{a} -> {n}' for a, n in aliases)
                    raise ValueError(f'aliases found in {enumeration!r}: '
                                     f'{details}')
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if is_flag:
                    missing = [2 ** i for i in range(_high_bit(low) + 1,
                                                     _high_bit(high))
                               if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high)
                               if i not in values]
                if missing:
                    listed = ', '.join(str(m) for m in missing)
                    raise ValueError(f'invalid {kind} {name!r}: missing '
                                     f'values {listed}'[:256])
            elif check is NAMED_FLAGS:
                canonical = enumeration._member_names_
                canonical_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for alias, found in enumeration._member_map_.items():
                    if alias in canonical or found.value < 0:
                        continue
                    missed = [v for v in _bits_lsb(found.value)
                              if v not in canonical_values]
                    if missed:
                        missing_names.append(alias)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        who = f'alias {missing_names[0]} is missing'
                    else:
                        who = (f'aliases {", ".join(missing_names[:-1])} '
                               f'and {missing_names[-1]} are missing')
                    if _is_single_bit(missing_value):
                        what = f'value 0x{missing_value:x}'
                    else:
                        what = f'combined values of 0x{missing_value:x}'
                    raise ValueError(f'invalid Flag {name!r}: {who} {what} '
                                     f'[use enum.show_flag_values(value) '
                                     f'for details]')
        return enumeration


def global_enum_repr(self):
    """repr() of a member of a global enum: module.NAME."""
    module = self.__class__.__module__.split('.')[-1]
    return f'{module}.{self._name_}'


def global_flag_repr(self):
    """repr() of a member of a global flag: module.A|module.B."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return f'{module}.{cls_name}({self._value_!r})'
    if _is_single_bit(self._value_):
        return f'{module}.{self._name_}'
    parts = []
    for part in self._name_.split('|'):
        if self._boundary_ is KEEP and part[0].isdigit():
            parts.append(part)
        else:
            parts.append(f'{module}.{part}')
    return '|'.join(parts)


def global_str(self):
    """str() of a member of a global enum: just its name."""
    if self._name_ is None:
        return f'{self.__class__.__name__}({self._value_!r})'
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members into the module namespace and make
    their repr module.NAME."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator turning a plain class into an enum of type etype:
    its public class attributes become the members."""

    def convert_class(cls):
        metacls = type(etype)
        bases = (etype,)
        namespace = metacls.__prepare__(cls.__name__, bases)
        for key, value in cls.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            if key in ('__module__', '__qualname__', '__doc__'):
                dict.__setitem__(namespace, key, value)
            else:
                namespace[key] = value
        kwargs = {}
        if boundary is not None:
            kwargs['boundary'] = boundary
        return metacls(cls.__name__, bases, namespace, **kwargs)

    return convert_class
