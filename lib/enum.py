"""Enumerations: named constants grouped into classes (clean-room implementation)."""

import sys as _sys
import builtins as _builtins
from types import MappingProxyType

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

# The base classes below do not exist while they are themselves being built;
# the metaclass consults these names to know how far bootstrapping has got.
Enum = ReprEnum = Flag = EJECT = KEEP = STRICT = CONFORM = None


# ---------------------------------------------------------------- helpers

def _has_descriptor_protocol(obj):
    for slot in ('__get__', '__set__', '__delete__'):
        if hasattr(obj, slot):
            return True
    return False


def _double_underscored(name):
    n = len(name)
    return (n > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _single_underscored(name):
    n = len(name)
    return (n > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _mangled_for(owner, name):
    prefix = '_%s__' % owner.lstrip('_')
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith('_'))


def _one_bit(number):
    """True for a positive power of two."""
    return number > 0 and number & (number - 1) == 0


def _bits_ascending(number):
    # yield every set bit of a non-negative int, smallest first
    while number:
        low = number & -number
        yield low
        number ^= low


def _top_bit(number):
    return number.bit_length() - 1


def _split_names(text):
    return text.replace(',', ' ').split()


def _is_flag_class(cls):
    return Flag is not None and isinstance(cls, type) and issubclass(cls, Flag)


_GNV_KEY = '_generate_next_value_'


def show_flag_values(value):
    return list(_bits_ascending(value))


def bin(num, max_bits=None):
    """Two's complement text of *num*: sign marker, a space, then digits."""
    width = num.bit_length()
    if num >= 0:
        marker = '0b0'
        digits = format(num, 'b') if num else ''
    else:
        marker = '0b1'
        digits = format(num & ((1 << width) - 1), '0%db' % width)
    if max_bits is not None and len(digits) < max_bits:
        digits = marker[-1] * (max_bits - len(digits)) + digits
    return '%s %s' % (marker, digits)


class _AutoPending:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoPending()
_unset = object()


class auto:
    """Placeholder replaced by a generated value when the enum is built."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Force *value* to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep *value* as a plain class attribute."""

    def __init__(self, value):
        self.value = value


class property:
    """Descriptor for member attributes whose names may collide with members.

    Read through the class it yields the member of that name (if any);
    read through a member it behaves like an ordinary property.
    """

    member = None
    name = None
    clsname = None
    _attr_type = None
    _cls_type = None
    _get = None

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None and fget is not None:
            doc = getattr(fget, '__doc__', None)
        self.__doc__ = doc
        self.overwrite_doc = doc is None

    def getter(self, fget):
        clone = type(self)(fget, self.fset, self.fdel, self.__doc__)
        clone.name, clone.clsname = self.name, self.clsname
        return clone

    def setter(self, fset):
        clone = type(self)(self.fget, fset, self.fdel, self.__doc__)
        clone.name, clone.clsname = self.name, self.clsname
        return clone

    def deleter(self, fdel):
        clone = type(self)(self.fget, self.fset, fdel, self.__doc__)
        clone.name, clone.clsname = self.name, self.clsname
        return clone

    def __set_name__(self, owner, name):
        self.name, self.clsname = name, owner.__name__

    def __get__(self, instance, owner=None):
        held = self.member
        if instance is None:
            if held is None:
                raise AttributeError('%r has no attribute %r' % (owner, self.name))
            return held
        getter = self.fget
        if getter is not None:
            return getter(instance)
        kind = self._attr_type
        if kind == 'attr':
            return getattr(self._cls_type, self.name, None)
        if kind == 'desc' and self._get is not None:
            return self._get(instance, owner)
        table = owner._member_map_
        if self.name not in table:
            raise AttributeError('%r has no attribute %r' % (owner, self.name))
        return table[self.name]

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        self.fdel(instance)


_ALLOWED_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
))


class _PendingMember:
    """Stands in the class namespace for a member until the class exists."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        _materialize(enum_class, member_name, self.value)


def _materialize(cls, name, raw):
    """Build (or alias) the member *name* of *cls* from its raw value."""
    args = raw if isinstance(raw, tuple) else (raw,)
    if cls._member_type_ is tuple:
        args = (args,)
    maker = cls._new_member_
    obj = maker(cls, *args) if cls._use_args_ else maker(cls)
    if '_value_' not in getattr(obj, '__dict__', ()) and not hasattr(obj, '_value_'):
        if cls._member_type_ in (object,):
            obj._value_ = raw
        else:
            try:
                obj._value_ = cls._member_type_(*args)
            except Exception as exc:
                problem = TypeError('_value_ not set in __new__, unable to create it')
                problem.__cause__ = exc
                raise problem
    value = obj._value_
    obj._name_ = name
    obj.__objclass__ = cls
    obj.__init__(*args)
    obj._sort_order_ = len(cls._member_names_)

    is_flag = _is_flag_class(cls)
    if is_flag and isinstance(value, int):
        cls._flag_mask_ |= value
        if _one_bit(value):
            cls._singles_mask_ |= value
        cls._all_bits_ = 2 ** cls._flag_mask_.bit_length() - 1

    # is this value already owned by an earlier member?
    canonical = None
    try:
        canonical = cls._value2member_map_.get(value)
    except TypeError:
        for earlier in cls._member_map_.values():
            if earlier._value_ == value:
                canonical = earlier
                break
    if canonical is not None:
        obj = canonical
    elif not is_flag or _one_bit(value):
        cls._member_names_.append(name)

    _publish(cls, name, obj)
    cls._member_map_[name] = obj
    try:
        cls._value2member_map_.setdefault(value, obj)
    except TypeError:
        cls._unhashable_values_.append(value)


def _publish(cls, name, obj):
    # Put the member on the class; if an inherited attribute of the same
    # name exists, install a redirecting enum.property instead.
    shadowed = None
    kind = None
    owner = None
    for base in cls.__mro__[1:]:
        found = base.__dict__.get(name)
        if found is None:
            continue
        if isinstance(found, property):
            shadowed, kind, owner = found, 'enum', base
            break
        if _has_descriptor_protocol(found):
            shadowed = found
            kind = kind or 'desc'
            owner = owner or base
        else:
            kind, owner = 'attr', base
    if shadowed is None and kind != 'attr':
        type.__setattr__(cls, name, obj)
        return
    redirect = property()
    redirect.member = obj
    redirect.__set_name__(cls, name)
    redirect._attr_type = kind
    redirect._cls_type = owner
    if shadowed is not None:
        redirect.fget = getattr(shadowed, 'fget', None)
        redirect._get = getattr(shadowed, '__get__', None)
        redirect.fset = getattr(shadowed, 'fset', None)
        redirect.fdel = getattr(shadowed, 'fdel', None)
    type.__setattr__(cls, name, redirect)


class _EnumDict(dict):
    """Class-body namespace that records member definitions in order."""

    def __init__(self):
        super().__init__()
        self._defined = {}
        self._history = []
        self._skip = []
        self._generated = False
        self._cls_name = None
        self._gnv = None

    def _next_value(self, key):
        self._generated = True
        return self._gnv(key, 1, len(self._defined), self._history[:])

    def __setitem__(self, key, value):
        if self._cls_name is not None and _mangled_for(self._cls_name, key):
            pass
        elif _single_underscored(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == _GNV_KEY:
                if self._generated:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._gnv = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                names = _split_names(value) if isinstance(value, str) else list(value)
                self._skip = names
                clash = set(names) & set(self._defined)
                if clash:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (clash,))
        elif _double_underscored(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._defined:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._skip:
            pass
        elif isinstance(value, (nonmember,)):
            value = value.value
        elif not isinstance(value, member) and _has_descriptor_protocol(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            record_whole = True
            if isinstance(value, (auto,)):
                if value.value is _auto_null:
                    value.value = self._next_value(key)
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(x, auto) for x in value):
                record_whole = False
                parts = []
                for piece in value:
                    if isinstance(piece, auto):
                        if piece.value is _auto_null:
                            piece.value = self._next_value(key)
                        piece = piece.value
                        self._history.append(piece)
                    parts.append(piece)
                if hasattr(value, '_fields'):
                    value = type(value)(*parts)
                else:
                    value = type(value)(parts)
            self._defined.setdefault(key)
            if record_whole:
                self._history += [value]
        dict.__setitem__(self, key, value)

    def update(self, *args, **kwds):
        source = dict(*args, **kwds)
        for k, v in source.items():
            self[k] = v


def _probe_data_type(class_name, bases):
    found = []
    for chain in bases:
        fallback = None
        for klass in chain.__mro__:
            base = klass
            if base is object:
                continue
            if isinstance(base, EnumType):
                data = base._member_type_
                if data is not object:
                    if data not in found:
                        found.append(data)
                    break
            elif ('__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__
                  or base.__module__ == 'builtins'):
                pick = fallback or base
                if pick not in found:
                    found.append(pick)
                break
            else:
                fallback = fallback or base
    if len(found) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, set(found)))
    return found[0] if found else object


def _mixins_of(class_name, bases):
    if not bases:
        return object, Enum
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return _probe_data_type(class_name, bases), last


def _refuse_extension(class_name, bases):
    for chain in bases:
        for klass in chain.__mro__:
            if isinstance(klass, EnumType) and klass._member_names_:
                base = klass
                raise TypeError('<enum %r> cannot extend %r' % (class_name, base))


def _data_repr_for(bases):
    for chain in bases:
        for klass in chain.__mro__:
            if klass is object:
                continue
            own = klass.__dict__
            if isinstance(klass, EnumType):
                return own.get('_value_repr_', klass._value_repr_)
            if '__repr__' in own:
                return own['__repr__']
    return None


def _not_a_placeholder_new(fn):
    if fn is None or fn is object.__new__:
        return False
    if Enum is not None and fn is _lookup_new:
        return False
    return True


def _choose_new(classdict, member_type, first_enum):
    custom = classdict.get('__new__')
    keep_custom = first_enum is not None and custom is not None
    if custom is None:
        for attr in ('__new_member__', '__new__'):
            for holder in (member_type, first_enum):
                candidate = getattr(holder, attr, None)
                if _not_a_placeholder_new(candidate):
                    custom = candidate
                    break
            if custom is not None:
                break
        else:
            custom = object.__new__
        if custom is None:
            custom = object.__new__
    if first_enum is None:
        with_args = False
    elif custom is object.__new__:
        # plain object.__new__ ignores arguments unless a data type needs them
        with_args = member_type is not object
    else:
        with_args = True
    return custom, keep_custom, with_args


def _plain_value(self, data_type):
    raw = self._value_
    if isinstance(raw, data_type) and not isinstance(raw, Enum):
        return raw
    return data_type(self)


def _data_str(data_type):
    # str() of a ReprEnum member: the data type's text for its plain value
    def __str__(self):
        return _builtins.str(_plain_value(self, data_type))
    return __str__


def _data_format(data_type):
    def __format__(self, format_spec):
        return _builtins.format(_plain_value(self, data_type), format_spec)
    return __format__


def _str_or_data_format(data_type):
    def __format__(self, format_spec):
        if not format_spec:
            return _builtins.str(self)
        return _builtins.format(_plain_value(self, data_type), format_spec)
    return __format__


def _attribute_names(obj):
    """Names dir() would list for *obj* ignoring any custom __dir__."""
    found = set(getattr(obj, '__dict__', ()))
    for klass in type(obj).__mro__:
        found.update(klass.__dict__)
    return found


# ---------------------------------------------------------------- metaclass

class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _refuse_extension(cls, bases)
        ns = _EnumDict()
        ns._cls_name = cls
        member_type, first_enum = _mixins_of(cls, bases)
        if first_enum:
            ns['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        names_to_drop = list(getattr(classdict, '_skip', ())) + ['_ignore_']
        for key in names_to_drop:
            dict.pop(classdict, key, None)
        member_type, first_enum = _mixins_of(cls, bases)
        new_fn, keep_custom, with_args = _choose_new(classdict, member_type, first_enum)
        member_names = list(getattr(classdict, '_defined', ()))

        bad = [n for n in member_names if n in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) %s' % (','.join(repr(n) for n in bad)))

        order = dict.pop(classdict, '_order_', None)
        if isinstance(order, str):
            order = _split_names(order)

        ns = dict(classdict.items())
        for label in member_names:
            ns[label] = _PendingMember(ns[label])
        ns['_new_member_'] = new_fn
        ns['_use_args_'] = with_args
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        ns['_value_repr_'] = _data_repr_for(bases)
        making_flag = Flag is not None and any(issubclass(b, Flag) for b in bases)
        if making_flag:
            ns['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            ns['_flag_mask_'] = 0
            ns['_singles_mask_'] = 0
            ns['_all_bits_'] = 0
            ns['_inverted_'] = None
        elif boundary is not None and Flag is None:
            ns['_boundary_'] = boundary
        ns.setdefault('__doc__', None)

        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)

        if Enum is not None:
            # method resolution may have picked the data type's dunder; the
            # enum's own spelling wins unless this class defines its own
            for dunder in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if dunder in ns:
                    continue
                for klass in enum_class.__mro__:
                    if dunder in klass.__dict__:
                        break
                if not isinstance(klass, EnumType):
                    type.__setattr__(enum_class, dunder, getattr(first_enum, dunder))

        if ReprEnum and ReprEnum in bases:
            if member_type in (object,):
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in ns:
                type.__setattr__(enum_class, '__format__', _data_format(member_type))
            if '__str__' not in ns:
                type.__setattr__(enum_class, '__str__', _data_str(member_type))

        if (ReprEnum is not None and issubclass(enum_class, ReprEnum)
                and '__str__' in ns and '__format__' not in ns):
            # a ReprEnum that spells its own str() shows it for an empty format
            # spec; other specs still format the plain value
            type.__setattr__(enum_class, '__format__', _str_or_data_format(member_type))

        if making_flag:
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                       '__rxor__', '__invert__'):
                if op not in ns:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])

        if Enum is not None:
            if keep_custom:
                type.__setattr__(enum_class, '__new_member__', new_fn)
            type.__setattr__(enum_class, '__new__', _lookup_new)

        if making_flag:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)

        if order is not None:
            if making_flag:
                order = [n for n in order if n not in enum_class._member_map_
                         or n in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=_unset, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if cls._member_map_:
            if names is not _unset:
                value = (value, names, *values)
            return cls.__new__(cls, value)  # plain lookup
        if names is _unset and type is None:
            raise TypeError('%r has no members; specify `names=()` if you meant to '
                            'create a new, empty, enum' % (cls,))
        return cls._create_(value, None if names is _unset else names,
                            module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = _mixins_of(class_name, bases)
        ns = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = _split_names(names)
        if names is None:
            names = ()
        pairs = []
        if isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
            produced = []
            for idx, label in enumerate(names):
                val = first_enum._generate_next_value_(label, start, idx, produced[:])
                produced.append(val)
                pairs.append((label, val))
        elif hasattr(names, 'keys'):
            pairs = [(k, names[k]) for k in names]
        else:
            pairs = [tuple(item) for item in names]
        for label, val in pairs:
            ns[label] = val
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            ns['__module__'] = module
        if qualname is not None:
            ns['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, ns, boundary=boundary)

    def __contains__(cls, value):
        return (isinstance(value, cls) or value in cls._value2member_map_
                or value in cls._unhashable_values_)

    def __delattr__(cls, attr):
        if attr not in cls._member_map_:
            return type.__delattr__(cls, attr)
        raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))

    def __dir__(cls):
        shown = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                 '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        shown.update(cls._member_names_)
        extras = (('__new__', cls._new_member_ is not object.__new__),
                  ('__init_subclass__', cls.__init_subclass__ is not object.__init_subclass__))
        shown.update(label for label, wanted in extras if wanted)
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        return sorted(shown)

    def __getitem__(cls, name):
        table = cls._member_map_
        return table[name]

    def __iter__(cls):
        return (cls._member_map_[n] for n in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[n] for n in reversed(cls._member_names_))

    def __len__(cls):
        return cls._member_names_.__len__()

    @_builtins.property
    def __members__(cls):
        table = cls._member_map_
        return MappingProxyType(table)

    def __repr__(cls):
        kind = 'flag' if _is_flag_class(cls) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        type.__setattr__(cls, name, value)


EnumMeta = EnumType


# ---------------------------------------------------------------- Enum

class Enum(metaclass=EnumType):
    """Base class for enumerations; subclass it to define members."""

    @classmethod
    def __signature__(cls):
        from inspect import Parameter, Signature
        if cls._member_names_:
            return Signature([Parameter('values', Parameter.VAR_POSITIONAL)])
        kw = Parameter.KEYWORD_ONLY
        return Signature([
            Parameter('new_class_name', Parameter.POSITIONAL_ONLY),
            Parameter('names', Parameter.POSITIONAL_OR_KEYWORD),
            Parameter('module', kw, default=None),
            Parameter('qualname', kw, default=None),
            Parameter('type', kw, default=None),
            Parameter('start', kw, default=1),
            Parameter('boundary', kw, default=None),
        ])

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            if value in cls._value2member_map_:
                return cls._value2member_map_.get(value)
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        failure = None
        outcome = None
        try:
            outcome = cls._missing_(value)
        except Exception as err:
            failure = err
        if isinstance(outcome, cls):
            return outcome
        if (_is_flag_class(cls) and cls._boundary_ is EJECT
                and isinstance(outcome, int)):
            return outcome
        invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if outcome is None and failure is None:
            raise invalid
        if failure is None:
            failure = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                                % (cls.__name__, outcome))
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        try:
            raise failure
        finally:
            failure = invalid = None

    def __init__(self, *args, **kwds):
        pass

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            highest = max(last_values)
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return highest + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (highest,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        shown = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, shown(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        base = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        if self._member_type_ is object:
            names = set(base)
        else:
            names = _attribute_names(self)
        for key in getattr(self, '__dict__', ()):
            if key[:1] != '_' and key not in self._member_map_:
                names.add(key)
        for klass in self.__class__.mro():
            for key, obj in klass.__dict__.items():
                if key[:1] == '_':
                    continue
                if type(obj) is property or isinstance(obj, property):
                    if obj.fget is not None or key not in self._member_map_:
                        names.add(key)
                    else:
                        names.discard(key)
                elif key not in self._member_map_:
                    names.add(key)
        return sorted(names | base)

    def __format__(self, format_spec):
        text = str(self)
        return format(text, format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


_lookup_new = Enum.__new__


class ReprEnum(Enum):
    """Only repr() is the enum's; str() and format() come from the data type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        text = str(*values)
        obj = str.__new__(cls, text)
        obj._value_ = text
        return obj

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    owner = self.__class__
    return getattr, (owner, self._name_)


_reduce_ex_by_global_name = pickle_by_global_name


class FlagBoundary(StrEnum):
    """How Flag handles values with bits outside the defined ones."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Enum whose members can be combined with bitwise operators."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if count == 0:
            return 1 if start is None else start
        biggest = max(last_values)
        try:
            top = _top_bit(biggest)
        except Exception:
            raise TypeError('invalid flag value %r' % (biggest,)) from None
        return 2 ** (top + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits_ascending(value & cls._flag_mask_):
            found = cls._value2member_map_.get(bit)
            if found is not None:
                yield found

    _iter_member_ = _iter_member_by_value_  # by definition order when needed

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, int) is False:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = cls._flag_mask_
        singles = cls._singles_mask_
        every = cls._all_bits_
        rule = cls._boundary_
        negative = None
        out_of_range = not (~every <= value <= every) or value & (every ^ mask)
        if out_of_range:
            if rule is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(mask, width)))
            elif rule is CONFORM:
                value &= mask
            elif rule is EJECT:
                return value
            elif rule is KEEP:
                if value < 0:
                    value = max(every + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, rule))
        if value < 0:
            negative = value
            value = every + 1 + value
        stray = value & ~mask
        multi = value & ~singles
        known = value & singles
        if stray and rule is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, stray, bin(stray)))
        data = cls._member_type_
        pseudo = object.__new__(cls) if data is object else data.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if known or multi:
            parts = list(cls._iter_member_(known))
            covered = 0
            for p in parts:
                covered |= p._value_
            if multi:
                value = known | multi
                for candidate in cls._member_map_.values():
                    cv = candidate._value_
                    if candidate not in parts and cv and cv & value == cv:
                        parts.append(candidate)
                        covered |= cv
            leftover = value ^ covered
            pseudo._name_ = '|'.join(p._name_ for p in parts)
            if not covered:
                pseudo._name_ = None
            elif leftover and rule is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(mask, width)))
            elif leftover:
                pseudo._name_ += '|%s' % cls._numeric_repr_(leftover)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        owner = self.__class__
        if isinstance(other, owner):
            wanted = other._value_
            return self._value_ & wanted == wanted
        raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                        % (type(other).__qualname__, owner.__qualname__))

    def __iter__(self):
        return iter(list(self._iter_member_(self._value_)))

    def __len__(self):
        count = 0
        for _ in _bits_ascending(self._value_):
            count += 1
        return count

    def __repr__(self):
        shown = self.__class__._value_repr_ or repr
        label = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %s>' % (label, shown(self._value_))
        return '<%s.%s: %s>' % (label, self._name_, shown(self._value_))

    def __str__(self):
        label = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (label, self._value_)
        return '%s.%s' % (label, self._name_)

    def __bool__(self):
        return self._value_ != 0

    def _operand(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        rhs = self._operand(other)
        if rhs is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | rhs)

    def __and__(self, other):
        rhs = self._operand(other)
        if rhs is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & rhs)

    def __xor__(self, other):
        rhs = self._operand(other)
        if rhs is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ rhs)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ is EJECT or self._boundary_ is KEEP:
                flipped = self.__class__(~self._value_)
            else:
                flipped = self.__class__(self._singles_mask_ & ~self._value_)
            self._inverted_ = flipped
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


for _attr, _initial in (('_flag_mask_', 0), ('_singles_mask_', 0),
                        ('_all_bits_', 0), ('_inverted_', None)):
    type.__setattr__(Flag, _attr, _initial)
del _attr, _initial


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""


def unique(enumeration):
    """Class decorator rejecting enums that have aliases."""
    dupes = [(alias, m.name) for alias, m in enumeration.__members__.items()
             if alias != m.name]
    if dupes:
        detail = ', '.join('%s -> %s' % pair for pair in dupes)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, detail))
    return enumeration


class EnumCheck(StrEnum):
    """Properties that verify() can enforce."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


class verify:
    """Class decorator checking an enumeration against EnumCheck items."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        label = enumeration.__name__
        if _is_flag_class(enumeration):
            kind = 'flag'
        elif isinstance(enumeration, type) and issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                dupes = [(alias, m.name) for alias, m in enumeration.__members__.items()
                         if alias != m.name]
                if dupes:
                    detail = ', '.join('%s -> %s' % pair for pair in dupes)
                    raise ValueError('aliases found in %r: %s' % (enumeration, detail))
            elif check == CONTINUOUS:
                present = {m.value for m in enumeration}
                if len(present) < 2:
                    continue
                lo, hi = min(present), max(present)
                if kind == 'flag':
                    gaps = [2 ** i for i in range(_top_bit(lo) + 1, _top_bit(hi))
                            if 2 ** i not in present]
                else:
                    gaps = [i for i in range(lo + 1, hi) if i not in present]
                if gaps:
                    text = 'invalid %s %r: missing values %s' % (
                        kind, label, ', '.join(str(g) for g in gaps))
                    raise ValueError(text[:256])
            elif check == NAMED_FLAGS:
                canon = enumeration._member_names_
                canon_values = [m.value for m in enumeration]
                lacking = []
                lacking_bits = 0
                for alias, m in enumeration._member_map_.items():
                    if alias in canon or m.value < 0:
                        continue
                    missed = [b for b in _bits_ascending(m.value) if b not in canon_values]
                    if missed:
                        lacking.append(alias)
                        for b in missed:
                            lacking_bits |= b
                if lacking:
                    if len(lacking) == 1:
                        who = 'alias %s is missing' % lacking[0]
                    else:
                        who = 'aliases %s and %s are missing' % (', '.join(lacking[:-1]), lacking[-1])
                    if _one_bit(lacking_bits):
                        what = 'value 0x%x' % lacking_bits
                    else:
                        what = 'combined values of 0x%x' % lacking_bits
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                                     % (label, who, what))
        return enumeration


def global_enum_repr(self):
    modname = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (modname, self._name_)


def global_flag_repr(self):
    modname = self.__class__.__module__.split('.')[-1]
    label = self.__class__.__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (modname, label, self._value_)
    if _one_bit(self._value_):
        return '%s.%s' % (modname, self._name_)
    if self._boundary_ is not FlagBoundary.STRICT:
        return '|'.join('%s.%s' % (modname, part) for part in self.name.split('|'))
    pieces = []
    for part in self.name.split('|'):
        if part[0].isdigit():
            pieces.append(part)
        else:
            pieces.append('%s.%s' % (modname, part))
    return '|'.join(pieces)


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator exporting members into the module namespace, with global reprs."""
    cls.__repr__ = global_flag_repr if _is_flag_class(cls) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    home = _sys.modules.get(cls.__module__)
    if home is not None:
        home.__dict__.update(cls.__members__)
    return cls
