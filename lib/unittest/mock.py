"""Mock objects for tests: Mock, MagicMock, AsyncMock, patch and helpers.

Mocks record how they are called and create child mocks on attribute
access; patch() swaps objects for mocks for the duration of a test.
"""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

import sys
import builtins
import importlib
import inspect
import functools
import pprint

_is_coro_fn = inspect.iscoroutinefunction

FILTER_DIR = True

__unittest = True


# ---------------------------------------------------------------------------
# sentinel, DEFAULT, ANY

class _SentinelObject:
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'sentinel.{self.name}'

    def __reduce__(self):
        return f'sentinel.{self.name}'


class _Sentinel:
    """Hands out one unique named object per attribute name."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        reg = self._made
        obj = reg.get(name)
        if obj is None:
            obj = reg[name] = _SentinelObject(name)
        return obj


sentinel = _Sentinel()
DEFAULT, _missing, _deleted = (sentinel.DEFAULT, sentinel.MISSING,
                               sentinel.DELETED)


class _AnyType:
    """Compares equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _AnyType()


# ---------------------------------------------------------------------------
# call objects

def _format_call(name, args, kwargs):
    parts = [repr(a) for a in args]
    for k, v in kwargs.items():
        parts.append('%s=%r' % (k, v))
    return '%s(%s)' % (name, ', '.join(parts))


def _split_call_tuple(value):
    """Return (name, args, kwargs) from any of the accepted tuple forms."""
    n = len(value)
    name = ''
    args = ()
    kwargs = {}
    if n == 3:
        name, args, kwargs = value[0], value[1], value[2]
    elif n == 2:
        first, second = value
        if type(first) is str or isinstance(first, str):
            name = first
            if isinstance(second, (tuple,)):
                args = second
            else:
                kwargs = second
        else:
            args = first
            kwargs = second
    elif n == 1:
        only = value[0]
        if isinstance(only, str):
            name = only
        elif isinstance(only, tuple):
            args = only
        else:
            kwargs = only
    elif n != 0:
        return None
    return name, args, kwargs


class _Call(tuple):
    """A recorded (or want) call: name, positional and keyword args."""

    def __new__(cls, value=(), name='', parent=None, two=False,
                from_kall=True):
        parts = _split_call_tuple(value)
        _, args, kwargs = parts
        if two:
            return tuple.__new__(cls, parts[1:])
        return tuple.__new__(cls, parts)

    def __init__(self, value=(), name=None, parent=None, two=False,
                 from_kall=True):
        self._mock_name = name
        self._mock_parent, self._mock_is_call = parent, from_kall

    def __eq__(self, other):
        try:
            n = len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            my_name = ''
            my_args, my_kwargs = self
        else:
            my_name, my_args, my_kwargs = self
        mp = getattr(self, '_mock_parent', None)
        op = getattr(other, '_mock_parent', None)
        if mp is not None and op is not None and mp != op:
            return False
        parts = _split_call_tuple(tuple(other)) if n <= 3 else None
        if parts is None:
            return False
        other_name, other_args, other_kwargs = parts
        if my_name and other_name != my_name:
            return False
        return (other_args, other_kwargs) == (my_args, my_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        label = self._mock_name
        if label is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs),
                     name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if attr.startswith('_mock_') or (attr.startswith('__')
                                         and attr.endswith('__')):
            raise AttributeError(attr)
        label = self._mock_name
        if label is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self,
                     from_kall=False)

    def __getnewargs__(self):
        return (tuple(self),)

    def count(self, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    def _parts(self):
        if len(self) == 2:
            return '', self[0], self[1]
        return tuple.__getitem__(self, 0), self[1], self[2]

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_is_call:
            text = self._mock_name or 'call'
            if text[:2] == '()':
                text = 'call' + text
            return text
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self[0], self[1], self[2]
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        return _format_call(name, args, kwargs)

    def call_list(self):
        """All the calls of a chained call, outermost first."""
        found = []
        node = self
        while node is not None:
            if node._mock_is_call:
                found.append(node)
            node = node._mock_parent
        found.reverse()
        return _CallList(found)


call = _Call((), None, None, False, False)


class _CallList(list):
    """A list of calls; `in` also finds a contiguous run of calls."""

    def __contains__(self, value):
        if type(value) is not list and not isinstance(value, list):
            for item in self:
                if item is value or item == value:
                    return True
            return False
        size = len(value)
        mine = len(self)
        if size > mine:
            return False
        for start in range(mine - size + 1):
            if list(self[start:start + size]) == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(self[:])


# ---------------------------------------------------------------------------
# magic method tables

_numeric_ops = ('add sub mul matmul truediv floordiv mod lshift rshift and '
                'xor or pow').split()
_plain_magics = ('lt le gt ge eq ne getitem setitem delitem len contains '
                 'iter hash str sizeof enter exit divmod rdivmod neg pos abs '
                 'invert complex int float index round trunc floor ceil bool '
                 'next fspath aiter').split()
_extra_magics = ('get set delete reversed missing reduce reduce_ex '
                 'getinitargs getnewargs getstate setstate getformat repr '
                 'dir subclasses format getnewargs_ex').split()


def _dunder(n):
    return '__%s__' % n


_default_magics = set(_dunder(n) for n in _plain_magics)
for _op in _numeric_ops:
    _default_magics.add(_dunder(_op))
    _default_magics.add(_dunder('r' + _op))
    _default_magics.add(_dunder('i' + _op))
_async_magics = {'__aenter__', '__aexit__', '__anext__'}
_sync_magics = set(_default_magics)
_non_default_magics = set(_dunder(n) for n in _extra_magics)
_default_magics |= _async_magics
_all_magics = _default_magics | _non_default_magics
_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__',
                       '__prepare__', '__instancecheck__',
                       '__subclasscheck__', '__del__'}

_fixed_returns = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}


def _dunderish(name):
    return len(name) > 4 and name[:2] == '__' and name[-2:] == '__'


def _eq_effect(mock):
    def se(other):
        configured = mock.__eq__._mock_ret
        if configured is not DEFAULT:
            return configured
        if mock is other:
            return True
        return NotImplemented
    return se


def _ne_effect(mock):
    def se(other):
        configured = mock.__ne__._mock_ret
        if configured is not DEFAULT:
            return configured
        if mock is other:
            return False
        return NotImplemented
    return se


def _iter_effect(mock):
    def se():
        configured = mock.__iter__._mock_ret
        if configured is DEFAULT:
            return iter([])
        return iter(configured)
    return se


class _AIter:
    def __init__(self, source):
        self.source = source

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.source)
        except StopIteration:
            pass
        raise StopAsyncIteration


def _aiter_effect(mock):
    def se():
        configured = mock.__aiter__._mock_ret
        if configured is DEFAULT:
            return _AIter(iter([]))
        return _AIter(iter(configured))
    return se


_effect_makers = {
    '__eq__': _eq_effect,
    '__ne__': _ne_effect,
    '__iter__': _iter_effect,
    '__aiter__': _aiter_effect,
}

_computed_returns = {
    '__hash__': lambda m: object.__hash__(m),
    '__str__': lambda m: object.__str__(m),
    '__sizeof__': lambda m: object.__sizeof__(m),
    '__fspath__': lambda m: '%s/%s/%d' % (
        type(m).__name__, m._extract_mock_name(), id(m)),
}


class _MagicSlot:
    """Class-level stand-in for a magic method of a mock.

    Reading it from an instance gives the child mock (or configured
    function); the interpreter's implicit call is forwarded to it.
    """

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._mock_magic(self.name)

    def __call__(self, obj, *args, **kwargs):
        return obj._mock_magic(self.name)(*args, **kwargs)


class _BoundMagic:
    """A plain function set as a magic method, called with the mock."""

    def __init__(self, func, owner):
        self.func = func
        self.owner = owner

    def __call__(self, *args, **kwargs):
        return self.func(self.owner, *args, **kwargs)


# ---------------------------------------------------------------------------
# core mock classes

def _is_mock(obj):
    return isinstance(obj, NonCallableMock)


def _raisable(obj):
    return (isinstance(obj, BaseException) or
            (isinstance(obj, type) and issubclass(obj, BaseException)))


def _adopt(parent, value, name, new_name):
    """Make an unnamed, parentless mock `value` a child of `parent`."""
    if not _is_mock(value):
        return False
    d = value.__dict__
    if (d['_mock_name'] or d['_mock_new_name'] or
            d['_mock_parent'] is not None or
            d['_mock_new_parent'] is not None):
        return False
    node = parent
    while node is not None:
        if node is value:
            return False
        node = node.__dict__['_mock_new_parent']
    if new_name:
        d['_mock_new_parent'] = parent
        d['_mock_new_name'] = new_name
    if name:
        d['_mock_parent'] = parent
        d['_mock_name'] = name
    return True


_deny_list = frozenset({
    'called_once', 'called_with', 'called_once_with', 'has_calls',
    'not_called', 'any_call', 'awaited', 'awaited_once', 'awaited_with',
    'awaited_once_with', 'any_await', 'has_awaits', 'not_awaited',
})
_bad_prefixes = ('assert', 'assret', 'asert', 'aseert', 'assrt')


def _signature_of(spec, as_instance=False, eat_self=None):
    """Signature used to check calls against `spec`, or None."""
    if isinstance(spec, type):
        if as_instance:
            func = None
            for base in spec.__mro__:
                if '__call__' in base.__dict__:
                    func = base.__dict__['__call__']
                    break
            if func is None:
                return None
            skip = True
        else:
            func = spec
            skip = False
    else:
        func = spec
        skip = bool(eat_self)
    if not callable(func):
        return None
    try:
        sig = inspect.signature(func)
    except (ValueError, TypeError):
        return None
    if skip:
        params = list(sig.parameters.values())
        if params and params[0].kind in (params[0].POSITIONAL_ONLY,
                                         params[0].POSITIONAL_OR_KEYWORD):
            sig = sig.replace(parameters=params[1:])
    return sig


class NonCallableMock:
    """A mock object that cannot be called."""

    def __new__(cls, *args, **kwargs):
        # each mock gets its own class so magic methods can be set on it
        ns = {'__doc__': cls.__doc__}
        if issubclass(cls, MagicMixin):
            spec = kwargs.get('spec_set')
            if spec is None:
                spec = kwargs.get('spec')
                if spec is None and args:
                    spec = args[0]
            ns.update(_magic_slots_for(spec))
        return object.__new__(type(cls.__name__, (cls,), ns))

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, _spec_as_instance=False, _eat_self=None,
                 unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        d['_mock_methods'] = None
        d['_mock_spec_class'] = None
        d['_mock_strict'] = None
        d['_mock_sig'] = None
        d['_mock_spec_obj'] = None
        d['_mock_check_sig'] = None
        d['_mock_autospec'] = None
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = not (parent is None)
        self._mock_add_spec(spec, spec_set, as_instance=_spec_as_instance,
                            eat_self=_eat_self)
        d['_mock_children'] = {}
        d['_mock_wrapped'] = wraps
        d['_mock_delegate'] = None
        d['_mock_ret'] = DEFAULT
        d['_mock_effect'] = None
        d['_mock_unsafe'] = unsafe
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['call_args_list'] = _CallList()
        d['mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        if kwargs:
            NonCallableMock.configure_mock(self, **kwargs)

    # -- spec handling -----------------------------------------------------

    def _mock_add_spec(self, spec, spec_set, as_instance=False,
                       eat_self=False):
        d = self.__dict__
        spec_class = None
        signature = None
        spec_obj = None
        if spec is not None and not isinstance(spec, (list, tuple)):
            spec_obj = spec
            spec_class = spec if isinstance(spec, type) else type(spec)
            signature = _signature_of(spec, as_instance, eat_self)
            spec = dir(spec)
        elif spec is not None:
            spec = list(spec)
        d['_mock_spec_class'] = spec_class
        d['_mock_strict'] = spec_set
        d['_mock_sig'] = signature
        d['_mock_methods'] = spec
        d['_mock_spec_obj'] = spec_obj

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the attributes of the mock to those of `spec`."""
        self._mock_add_spec(spec, spec_set, False, False)

    def _get_class(self):
        if self._mock_spec_class is None:
            return type(self)
        return self._mock_spec_class

    def _set_class(self, value):
        self.__dict__['_mock_spec_class'] = value

    __class__ = property(_get_class, _set_class)

    # -- return_value / side_effect ---------------------------------------

    def _get_return_value(self):
        delegate = self._mock_delegate
        if delegate is not None and 'return_value' in delegate.__dict__:
            value = delegate.return_value
            if value is not DEFAULT:
                return value
        value = self._mock_ret
        if value is DEFAULT:
            if self._mock_sealed:
                raise AttributeError(self._extract_mock_name() +
                                     '.return_value')
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_ret'] = value
        return value

    def _set_return_value(self, value):
        delegate = self._mock_delegate
        if delegate is not None:
            delegate.return_value = value
        self.__dict__['_mock_ret'] = value
        _adopt(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is not None:
            se = getattr(delegate, 'side_effect', None)
            if (se is not None and not callable(se) and
                    not _raisable(se) and
                    not hasattr(se, '__next__')):
                se = iter(se)
                delegate.side_effect = se
            return se
        return self._mock_effect

    def _set_side_effect(self, value):
        if (value is not None and not callable(value) and
                not _raisable(value)):
            value = iter(value)
        delegate = self._mock_delegate
        if delegate is not None:
            delegate.side_effect = value
        self.__dict__['_mock_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    # -- configuration -----------------------------------------------------

    def configure_mock(self, **kwargs):
        """Set attributes, including dotted ones such as `a.b.return_value`."""
        for key in sorted(kwargs, key=lambda k: k.count('.')):
            value = kwargs[key]
            path = key.split('.')
            target = self
            for part in path[:-1]:
                target = getattr(target, part)
            setattr(target, path[-1], value)

    def attach_mock(self, mock, attribute):
        """Attach `mock` as attribute `attribute`, recording its calls."""
        inner = mock
        d = inner.__dict__
        d['_mock_parent'] = None
        d['_mock_new_parent'] = None
        d['_mock_name'] = ''
        d['_mock_new_name'] = None
        self.__setattr__(attribute, mock)

    def reset_mock(self, visited=None, *, return_value=False,
                   side_effect=False):
        """Forget recorded calls, here and in every child mock."""
        if visited is None:
            visited = []
        if any(v is self for v in visited):
            return
        visited.append(self)
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        del d['mock_calls'][:]
        del d['method_calls'][:]
        del d['call_args_list'][:]
        if return_value:
            d['_mock_ret'] = DEFAULT
        if side_effect:
            d['_mock_effect'] = None
        for child in list(d['_mock_children'].values()):
            if _is_mock(child) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value,
                                 side_effect=side_effect)
        ret = d['_mock_ret']
        if _is_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    # -- attribute access --------------------------------------------------

    def __getattr__(self, name):
        if name.startswith('_mock_') or name in ('_mock_spec_class', '_mock_strict',
                                                 '_mock_sig'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _dunderish(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(_bad_prefixes) or name in _deny_list:
                raise AttributeError(
                    '%r is not a valid assertion. Use a spec for the mock '
                    'if %r is meant to be an attribute.' % (name, name))
        children = self.__dict__['_mock_children']
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wrapped is not None:
                wraps = getattr(self._mock_wrapped, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        d = self.__dict__
        if name.startswith('_mock_') or name in ('_mock_spec_class', '_mock_strict',
                                                 '_mock_sig'):
            d[name] = value
            return
        if name in ('return_value', 'side_effect', '__class__'):
            object.__setattr__(self, name, value)
            return
        methods = d['_mock_methods']
        if (d['_mock_strict'] and methods is not None and
                name not in methods and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError(
                'Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if methods is not None and name not in methods:
                raise AttributeError(
                    "Mock object has no attribute '%s'" % name)
            if _is_mock(value):
                _adopt(self, value, None, name)
                stored = value
            else:
                stored = _BoundMagic(value, self)
            d['_mock_children'][name] = stored
            cls = type(self)
            if not isinstance(cls.__dict__.get(name), _MagicSlot):
                setattr(cls, name, _MagicSlot(name))
            return
        if d['_mock_sealed'] and not hasattr(self, name):
            raise AttributeError('Cannot set %s.%s' %
                                 (self._extract_mock_name(), name))
        if _adopt(self, value, name, name):
            d['_mock_children'][name] = value
        d[name] = value

    def __delattr__(self, name):
        d = self.__dict__
        if name in _all_magics:
            cls = type(self)
            slot = cls.__dict__.get(name)
            children = d['_mock_children']
            if isinstance(slot, _MagicSlot):
                delattr(cls, name)
                children[name] = _deleted
                return
            if children.get(name) is _deleted:
                raise AttributeError(name)
        children = d['_mock_children']
        obj = children.get(name, _missing)
        if name in d:
            del d[name]
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing or name not in d:
            children[name] = _deleted

    def _mock_magic(self, name):
        children = self.__dict__['_mock_children']
        child = children.get(name, None)
        if child is None or child is _deleted:
            raise AttributeError(name)
        return child

    def __dir__(self):
        spec_names = self._mock_methods or []
        type_names = dir(type(self))
        attrs = [n for n in self.__dict__ if not n.startswith('_mock_')
                 and not n.startswith('_spec')]
        children = [n for n, v in self._mock_children.items()
                    if v is not _deleted]
        if FILTER_DIR:
            type_names = [n for n in type_names if not n.startswith('_')]
        return sorted(set(spec_names + type_names + attrs + children))

    # -- naming ------------------------------------------------------------

    def _extract_mock_name(self):
        parts = []
        node = self
        while True:
            d = node.__dict__
            parent = d['_mock_new_parent']
            if parent is None:
                break
            parts.append(d['_mock_new_name'] or '')
            node = parent
        text = node.__dict__['_mock_name'] or 'mock'
        for part in reversed(parts):
            if part.startswith('('):
                text += part
            else:
                text += '.' + part
        return text

    def __repr__(self):
        full = self._extract_mock_name()
        shown = '' if full in ('mock', 'mock.') else ' name=%r' % (full,)
        spec = ''
        if self._mock_spec_class is not None:
            spec = (' spec_set=%r' if self._mock_strict else ' spec=%r') % (
                self._mock_spec_class.__name__,)
        return "<%s%s%s id='%s'>" % (type(self).__name__, shown, spec,
                                     id(self))

    # -- child creation ----------------------------------------------------

    def _get_child_mock(self, **kw):
        if self._mock_sealed:
            suffix = ('.' + kw['name']) if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + suffix)
        new_name = kw.get('_new_name')
        base = type(self).__mro__[1]
        spec_obj = self._mock_spec_obj
        if (new_name and spec_obj is not None and not _dunderish(new_name) and
                inspect.iscoroutinefunction(getattr(spec_obj, new_name,
                                                    None))):
            return AsyncMock(**kw)
        if isinstance(self, AsyncMockMixin):
            if new_name in _sync_magics or (
                    self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif isinstance(self, MagicMixin) and new_name in _async_magics:
            klass = AsyncMock
        elif not isinstance(self, CallableMixin):
            if isinstance(self, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            klass = base
        return klass(**kw)

    # -- assertions ----------------------------------------------------------

    def _normalise_call(self, value):
        """Normalise a call through the spec signature, if there is one."""
        if isinstance(value, tuple) and len(value) > 2:
            name, args, kwargs = value[0], value[1], value[2]
        else:
            name = None
            args, kwargs = value
        sig = self._mock_sig
        if sig is None:
            return value
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e
        if name is not None:
            return _Call((name, bound.args, bound.kwargs))
        return _Call((bound.args, bound.kwargs), two=True)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return "\n%s: %r." % (prefix, self.mock_calls)

    def _fmt(self, args, kwargs):
        return _format_call(self._mock_name or 'mock', args, kwargs)

    def assert_not_called(self):
        """Fail if the mock has been called."""
        if self.call_count != 0:
            raise AssertionError(
                "Expected '%s' to not have been called. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock has been called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock',))

    def assert_called_once(self):
        """Fail unless the mock has been called exactly once."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to have been called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        """Fail unless the last call had exactly these arguments."""
        last = self.call_args
        if last is None:
            raise AssertionError(
                'expected call not found.\nExpected: %s\n  Actual: %s' %
                (self._fmt(args, kwargs), 'not called.'))
        want = self._normalise_call(_Call((args, kwargs), two=True))
        actual = self._normalise_call(self.call_args)
        if actual != want:
            err = want if isinstance(want, Exception) else None
            msg = 'expected call not found.\nExpected: %s\n  Actual: %s' % (
                self._fmt(args, kwargs), self._fmt(*self.call_args))
            raise AssertionError(msg) from err

    def assert_called_once_with(self, *args, **kwargs):
        """Fail unless called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to be called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))
        self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless `calls` appear in mock_calls (in order by default)."""
        want = [self._normalise_call(c) for c in calls]
        err = next((e for e in want if isinstance(e, Exception)), None)
        seen_calls = _CallList(self._normalise_call(c) for c in self.mock_calls)
        if not any_order:
            if want not in seen_calls:
                if err is None:
                    headline = 'Calls not found.'
                else:
                    headline = ('Error processing expected calls.\n'
                               'Errors: {}').format(
                        [w if isinstance(w, Exception) else None
                         for w in want])
                raise AssertionError(
                    '%s\nExpected: %s%s' % (
                        headline, _CallList(calls),
                        self._calls_repr('  Actual').rstrip('.'))) from err
            return
        remaining = list(seen_calls)
        missing = []
        for kall in want:
            for i, item in enumerate(remaining):
                if item == kall:
                    del remaining[i]
                    break
            else:
                missing.append(kall)
        if missing:
            raise AssertionError(
                '%r does not contain all of %r in its call list, '
                'found %r instead' % (self._mock_name or 'mock',
                                      tuple(missing), remaining)) from err

    def assert_any_call(self, *args, **kwargs):
        """Fail unless some recorded call had these arguments."""
        want = self._normalise_call(_Call((args, kwargs), two=True))
        err = want if isinstance(want, Exception) else None
        actual = [self._normalise_call(c) for c in self.call_args_list]
        if err is not None or want not in _AnyList(actual):
            raise AssertionError('%s call not found' %
                                 self._fmt(args, kwargs)) from err


class _AnyList(list):
    def __contains__(self, value):
        for item in self:
            if item == value:
                return True
        return False


def _safe_repr_list(calls):
    return '[%s]' % ', '.join(repr(c) for c in calls)


class CallableMixin:
    """Call recording and return_value/side_effect/wraps handling."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_ret'] = return_value
        NonCallableMock.__init__(self, spec, wraps, name, spec_set, parent,
                                 _spec_state, _new_name, _new_parent,
                                 **kwargs)
        if return_value is not DEFAULT:
            self.__dict__['_mock_ret'] = return_value
            _adopt(self, return_value, None, '()')
        if side_effect is not None:
            self._set_side_effect(side_effect)

    def __call__(self, *args, **kwargs):
        check = self._mock_check_sig
        if check is not None:
            check(*args, **kwargs)
        self._record_call(args, kwargs)
        return self._run_call(args, kwargs)

    def _record_call(self, args, kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        two = _Call((args, kwargs), two=True)
        d['call_args'] = two
        d['call_args_list'].append(two)
        d['mock_calls'].append(_Call(('', args, kwargs)))
        # method_calls: along the attribute-parent chain
        name = d['_mock_name']
        node = d['_mock_parent']
        while node is not None:
            node.method_calls.append(_Call((name, args, kwargs)))
            nd = node.__dict__
            if nd['_mock_parent'] is None:
                break
            name = '%s.%s' % (nd['_mock_name'], name)
            node = nd['_mock_parent']
        # mock_calls: along the full chain, return values included
        name = d['_mock_new_name']
        node = d['_mock_new_parent']
        while node is not None:
            nd = node.__dict__
            nd['mock_calls'].append(_Call((name, args, kwargs)))
            prefix = nd['_mock_new_name']
            if prefix:
                if name.startswith('('):
                    name = prefix + name
                else:
                    name = prefix + '.' + name
            node = nd['_mock_new_parent']

    def _run_call(self, args, kwargs):
        se = self.side_effect
        if se is not None:
            if _raisable(se):
                raise se
            if not callable(se):
                result = next(se)
                if _raisable(result):
                    raise result
            else:
                result = se(*args, **kwargs)
            if not (result is DEFAULT):
                return result
        if self._mock_ret is not DEFAULT:
            return self.return_value
        delegate = self._mock_delegate
        if delegate is not None:
            value = delegate.__dict__.get('return_value', DEFAULT)
            if value is not DEFAULT:
                return value
        if self._mock_wrapped is not None:
            return self._mock_wrapped(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock that records calls and creates child mocks."""


# ---------------------------------------------------------------------------
# MagicMock

class MagicMixin:
    """Supplies the supported magic methods, configured lazily."""

    def _mock_magic(self, name):
        children = self.__dict__['_mock_children']
        child = children.get(name, None)
        if child is _deleted:
            raise AttributeError(name)
        if child is None:
            methods = self.__dict__['_mock_methods']
            if methods is not None and name not in methods:
                raise AttributeError(
                    "Mock object has no attribute '%s'" % name)
            # A magic method's calls show in mock_calls but not in method_calls.
            child = self._get_child_mock(name=name, _new_name=name, _new_parent=self)
            if name in _fixed_returns:
                child.return_value = _fixed_returns[name]
            elif name in _computed_returns:
                child.return_value = _computed_returns[name](self)
            else:
                maker = _effect_makers.get(name)
                if maker is not None:
                    child.side_effect = maker(self)
            children[name] = child
        return child

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict attributes (and magic methods) to those of `spec`."""
        self._mock_add_spec(spec, spec_set, False, False)
        cls = type(self)
        wanted = _magic_slots_for(spec)
        for name in _default_magics:
            present = isinstance(cls.__dict__.get(name), _MagicSlot)
            if name in wanted and not present:
                setattr(cls, name, wanted[name])
            elif present and name not in wanted:
                delattr(cls, name)


_all_slots = dict((n, _MagicSlot(n)) for n in _default_magics)


def _magic_slots_for(spec):
    if spec is None:
        return _all_slots
    names = spec if isinstance(spec, (list, tuple)) else dir(spec)
    return dict((n, _all_slots[n]) for n in names if n in _all_slots)


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods preconfigured."""


class PropertyMock(Mock):
    """A mock meant to be a class attribute standing in for a property."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(*(), **kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


# ---------------------------------------------------------------------------
# AsyncMock

class AsyncMockMixin:
    """Await tracking for mocks whose calls return coroutines."""

    def _init_await_state(self):
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()

    def __call__(self, *args, **kwargs):
        check = self._mock_check_sig
        if check is not None:
            check(*args, **kwargs)
        self._record_call(args, kwargs)
        return self._await_call(args, kwargs)

    async def _await_call(self, args, kwargs):
        d = self.__dict__
        kall = _Call((args, kwargs), two=True)
        d['await_count'] += 1
        d['await_args'] = kall
        d['await_args_list'].append(kall)
        se = self.side_effect
        if se is not None:
            if _raisable(se):
                raise se
            if not callable(se):
                try:
                    result = next(se)
                except StopIteration:
                    raise StopAsyncIteration
                if _raisable(result):
                    raise result
            elif inspect.iscoroutinefunction(se):
                result = await se(*args, **kwargs)
            else:
                result = se(*args, **kwargs)
            if not (result is DEFAULT):
                return result
        if self._mock_ret is not DEFAULT:
            return self.return_value
        if self._mock_wrapped is not None:
            if inspect.iscoroutinefunction(self._mock_wrapped):
                return await self._mock_wrapped(*args, **kwargs)
            return self._mock_wrapped(*args, **kwargs)
        return self.return_value

    def reset_mock(self, *args, **kwargs):
        """Forget calls and awaits."""
        NonCallableMock.reset_mock(self, *args, **kwargs)
        self._init_await_state()

    def _afmt(self, args, kwargs):
        return _format_call(self._mock_name or 'mock', args, kwargs)

    def assert_awaited(self):
        """Fail unless the mock was awaited at least once."""
        if not self.await_count:
            raise AssertionError('Expected %s to have been awaited.' %
                                 (self._mock_name or 'mock',))

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(
                'Expected %s to have been awaited once. Awaited %s times.' %
                (self._mock_name or 'mock', self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        """Fail unless the last await had these arguments."""
        last = self.await_args
        if last is None:
            raise AssertionError('Expected await: %s\nNot awaited' %
                                 self._afmt(args, kwargs))
        want = self._normalise_call(_Call((args, kwargs), two=True))
        actual = self._normalise_call(self.await_args)
        if actual != want:
            err = want if isinstance(want, Exception) else None
            raise AssertionError(
                'expected await not found.\nExpected: %s\n  Actual: %s' % (
                    self._afmt(args, kwargs),
                    self._afmt(*self.await_args))) from err

    def assert_awaited_once_with(self, *args, **kwargs):
        """Fail unless awaited exactly once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError(
                'Expected %s to have been awaited once. Awaited %s times.' %
                (self._mock_name or 'mock', self.await_count))
        self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        """Fail unless some await had these arguments."""
        want = self._normalise_call(_Call((args, kwargs), two=True))
        err = want if isinstance(want, Exception) else None
        actual = [self._normalise_call(c) for c in self.await_args_list]
        if err is not None or want not in _AnyList(actual):
            raise AssertionError('%s await not found' %
                                 self._afmt(args, kwargs)) from err

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless `calls` appear among the awaits."""
        want = [self._normalise_call(c) for c in calls]
        err = next((e for e in want if isinstance(e, Exception)), None)
        seen_awaits = _CallList(self._normalise_call(c)
                               for c in self.await_args_list)
        if not any_order:
            if want not in seen_awaits:
                raise AssertionError(
                    'Awaits not found.\nExpected: %s\nActual: %s' % (
                        _CallList(calls), self.await_args_list)) from err
            return
        remaining = list(seen_awaits)
        missing = []
        for kall in want:
            for i, item in enumerate(remaining):
                if item == kall:
                    del remaining[i]
                    break
            else:
                missing.append(kall)
        if missing:
            raise AssertionError('%r not all found in await list' %
                                 (tuple(missing),)) from err

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count:
            raise AssertionError(
                'Expected %s to not have been awaited. Awaited %s times.' %
                (self._mock_name or 'mock', self.await_count))


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return awaitables."""

    def __init__(self, *args, **kwargs):
        Mock.__init__(self, *args, **kwargs)
        self._init_await_state()


# ---------------------------------------------------------------------------
# seal

def seal(mock):
    """Stop `mock` (and its child mocks) from creating new attributes."""
    mock.__dict__['_mock_sealed'] = True
    for name in dir(mock):
        try:
            child = getattr(mock, name)
        except AttributeError:
            continue
        if not _is_mock(child):
            continue
        if isinstance(child.__dict__.get('_mock_new_parent'), NonCallableMock):
            if child._mock_new_parent is not mock:
                continue
        if child._mock_sealed:
            continue
        seal(child)
    ret = mock.__dict__.get('_mock_ret')
    if _is_mock(ret) and not ret._mock_sealed and ret is not mock:
        seal(ret)


# ---------------------------------------------------------------------------
# patching

def _resolve(target):
    """Import the object named by the dotted string `target`."""
    parts = target.split('.')
    module_name = parts.pop(0)
    thing = importlib.import_module(module_name)
    for part in parts:
        module_name += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            importlib.import_module(module_name)
            thing = getattr(thing, part)
    return thing


def _split_target(target):
    if not isinstance(target, str) or '.' not in target:
        raise TypeError('Need a valid target to patch. You supplied: %r' %
                        (target,))
    owner, attribute = target.rsplit('.', 1)
    return (lambda: _resolve(owner)), attribute


_active_patches = []


class _patch:
    kw_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError(
                    "Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError(
                    "Cannot use 'autospec' and 'new_callable' together")
        self.fetch_target = getter
        self.attr_name = attribute
        self.new = new
        self.factory = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.extra_patchers = []
        self.is_started = False

    def copy(self):
        twin = _patch(self.fetch_target, self.attr_name, self.new, self.spec,
                      self.create, self.spec_set, self.autospec,
                      self.factory, self.kwargs)
        twin.kw_name = self.kw_name
        twin.extra_patchers = [p.copy()
                                    for p in self.extra_patchers]
        return twin

    def __call__(self, func):
        if inspect.isclass(func):
            return _decorate_class(self, func)
        return _decorate_callable(self, func)

    def _backup(self):
        target = self.fetch_target()
        name = self.attr_name
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtin_names and isinstance(target, type(sys)):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' %
                                 (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.factory
        self.holder = self.fetch_target()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None) and
                spec_set not in (True, None)):
            raise TypeError("Can't provide explicit spec_set *and* spec "
                            "or autospec")
        original, local = self._backup()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            if new_callable is not None:
                factory = new_callable
            elif (spec is not None or spec_set is not None):
                this_spec = spec if spec is not None else spec_set
                if _looks_async(this_spec):
                    factory = AsyncMock
                elif not callable(this_spec) and not isinstance(
                        this_spec, (list, tuple)):
                    factory = NonCallableMagicMock
                else:
                    factory = MagicMock
            elif original is not DEFAULT and _looks_async(original):
                factory = AsyncMock
            else:
                factory = MagicMock
            params = {}
            if spec is not None:
                params['spec'] = spec
            if spec_set is not None:
                params['spec_set'] = spec_set
            if isinstance(factory, type) and issubclass(factory,
                                                        NonCallableMock):
                params['name'] = self.attr_name
            params.update(kwargs)
            new = factory(**params)
            if inherit and _is_mock(new):
                this_spec = spec if spec is not None else spec_set
                if not isinstance(this_spec, (list, tuple)):
                    if not _instances_callable(this_spec):
                        factory = NonCallableMagicMock
                    key = 'spec' if spec is not None else 'spec_set'
                    new.return_value = factory(**{key: this_spec,
                                                  '_new_parent': new,
                                                  '_new_name': '()'})
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't "
                                "specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=bool(spec_set),
                                  _name=self.attr_name, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        self.saved_value = original
        self.was_local = local
        setattr(self.holder, self.attr_name, new)
        self._exit_stack = []
        if self.kw_name is not None:
            extra = {}
            if self.new is DEFAULT:
                extra[self.kw_name] = new
            try:
                for patching in self.extra_patchers:
                    result = patching.__enter__()
                    self._exit_stack.append(patching)
                    if patching.new is DEFAULT:
                        extra.update(result)
            except BaseException:
                self.__exit__(*sys.exc_info())
                raise
            return extra
        return new

    def __exit__(self, *exc_info):
        if self.was_local and self.saved_value is not DEFAULT:
            setattr(self.holder, self.attr_name, self.saved_value)
        else:
            delattr(self.holder, self.attr_name)
            if not self.create and (not hasattr(self.holder, self.attr_name)
                                    or self.attr_name in ('__doc__',
                                                          '__module__')):
                setattr(self.holder, self.attr_name, self.saved_value)
        del self.saved_value
        del self.was_local
        del self.holder
        stack = self._exit_stack
        self._exit_stack = []
        while stack:
            stack.pop().__exit__(*exc_info)
        return False

    def start(self):
        """Activate the patch; undo it with stop()."""
        entered = self.__enter__()
        self.is_started = True
        _active_patches.append(self)
        return entered

    def stop(self):
        """Undo a patch activated with start()."""
        for i in range(len(_active_patches) - 1, -1, -1):
            if _active_patches[i] is self:
                del _active_patches[i]
                break
        else:
            if not self.is_started:
                return None
        self.is_started = False
        outcome = self.__exit__(None, None, None)
        return outcome


_builtin_names = frozenset(n for n in dir(builtins) if not n.startswith('_'))


def _instances_callable(klass):
    for base in klass.__mro__:
        if '__call__' in base.__dict__:
            return True
    return False


def _looks_async(obj):
    if _is_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _decorate_class(patcher, klass):
    prefix = patch.TEST_PREFIX
    for name in dir(klass):
        if not name.startswith(prefix):
            continue
        value = getattr(klass, name)
        if not callable(value):
            continue
        setattr(klass, name, patcher.copy()(value))
    return klass


def _decorate_callable(patcher, func):
    existing = getattr(func, 'patchings', None)
    if existing is not None and getattr(func, '_mock_patched', False):
        existing.append(patcher)
        return func
    patchings = [patcher]

    def enter_all(args, kwargs):
        entered = []
        extra_args = []
        try:
            for p in patchings:
                value = p.__enter__()
                entered.append(p)
                if p.kw_name is not None:
                    kwargs.update(value)
                elif p.new is DEFAULT:
                    extra_args.append(value)
        except BaseException:
            info = sys.exc_info()
            for p in reversed(entered):
                p.__exit__(*info)
            raise
        return entered, args + tuple(extra_args), kwargs

    def exit_all(entered, info):
        for p in reversed(entered):
            p.__exit__(*info)

    if _is_coro_fn(func):
        async def patched(*args, **kwargs):
            entered, args, kwargs = enter_all(args, dict(kwargs))
            try:
                result = await func(*args, **kwargs)
            except BaseException:
                exit_all(entered, sys.exc_info())
                raise
            exit_all(entered, (None, None, None))
            return result
    else:
        def patched(*args, **kwargs):
            entered, args, kwargs = enter_all(args, dict(kwargs))
            try:
                result = func(*args, **kwargs)
            except BaseException:
                exit_all(entered, sys.exc_info())
                raise
            exit_all(entered, (None, None, None))
            return result

    functools.update_wrapper(patched, func)
    patched.patchings = patchings
    patched._mock_patched = True
    return patched


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Patch the object named by the dotted string `target`."""
    getter, attribute = _split_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def _patch_attr(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    """Patch the attribute `attribute` of the object `target`."""
    if isinstance(target, str):
        raise TypeError('%r must be the actual object to be patched, not a '
                        'str' % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs)


def _patch_many(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """Patch several attributes of `target` at once."""
    if isinstance(target, str):
        getter = (lambda: _resolve(target))
    else:
        getter = (lambda: target)
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with '
                         'patch.multiple')
    pairs = list(kwargs.items())
    attribute, new = pairs[0]
    first = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                   new_callable, {})
    first.kw_name = attribute
    for attribute, new in pairs[1:]:
        other = _patch(getter, attribute, new, spec, create, spec_set,
                       autospec, new_callable, {})
        other.kw_name = attribute
        first.extra_patchers.append(other)
    return first


class _patch_dict:
    """Temporarily set values in a dictionary, restoring it afterwards."""

    def __init__(self, target_dict, values=(), clear=False, **kwargs):
        self.target_dict = target_dict
        self.updates = dict(values)
        self.updates.update(kwargs)
        self.clear = clear
        self._backup = None

    def __call__(self, func):
        if inspect.isclass(func):
            prefix = patch.TEST_PREFIX
            for name in dir(func):
                value = getattr(func, name)
                if name.startswith(prefix) and callable(value):
                    twin = _patch_dict(self.target_dict, self.updates, self.clear)
                    setattr(func, name, twin(value))
            return func
        if _is_coro_fn(func):
            async def patched(*args, **kwargs):
                self._patch_dict()
                try:
                    return await func(*args, **kwargs)
                finally:
                    self._unpatch_dict()
        else:
            def patched(*args, **kwargs):
                self._patch_dict()
                try:
                    return func(*args, **kwargs)
                finally:
                    self._unpatch_dict()
        functools.update_wrapper(patched, func)
        return patched

    def __enter__(self):
        self._patch_dict()
        return self.target_dict

    def _patch_dict(self):
        if isinstance(self.target_dict, str):
            self.target_dict = _resolve(self.target_dict)
        target = self.target_dict
        try:
            saved = target.copy()
        except AttributeError:
            saved = {}
            for key in target:
                saved[key] = target[key]
        self._backup = saved
        if self.clear:
            _clear_dict(target)
        try:
            target.update(self.updates)
        except AttributeError:
            for key in self.updates:
                target[key] = self.updates[key]

    def _unpatch_dict(self):
        target = self.target_dict
        saved = self._backup
        _clear_dict(target)
        try:
            target.update(saved)
        except AttributeError:
            for key in saved:
                target[key] = saved[key]

    def __exit__(self, *args):
        if self._backup is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Apply the patch; undo it with stop()."""
        entered = self.__enter__()
        _active_patches.append(self)
        return entered

    def stop(self):
        """Undo a patch applied with start()."""
        for i in range(len(_active_patches) - 1, -1, -1):
            if _active_patches[i] is self:
                del _active_patches[i]
                break
        outcome = self.__exit__(None, None, None)
        return outcome


def _clear_dict(target):
    try:
        target.clear()
    except AttributeError:
        for key in list(target):
            del target[key]


def _patch_stop_all():
    """Stop every patch started with start(), most recent first."""
    while _active_patches:
        _active_patches[-1].stop()


patch.object = _patch_attr
patch.dict = _patch_dict
patch.multiple = _patch_many
patch.stopall = _patch_stop_all
patch.TEST_PREFIX = 'test'  # methods decorated by class decorators


# ---------------------------------------------------------------------------
# create_autospec

def _check_with(sig):
    def check(*a, **kw):
        sig.bind(*a, **kw)
    return check


_FunctionTypes = (type(lambda: None), type(len))


def _autospec_child(parent, spec, name, spec_set, is_instance):
    """Build the autospecced mock for attribute `name` of `spec`."""
    try:
        original = getattr(spec, name)
    except AttributeError:
        return None
    raw = None
    if isinstance(spec, type):
        for base in spec.__mro__:
            if name in base.__dict__:
                raw = base.__dict__[name]
                break
    skip_self = is_instance
    if isinstance(raw, (staticmethod, classmethod)):
        skip_self = False
    if isinstance(original, _FunctionTypes) or inspect.ismethod(original):
        if inspect.ismethod(original):
            skip_self = False
        klass = AsyncMock if inspect.iscoroutinefunction(original) else (
            MagicMock)
        child = klass(spec=original, spec_set=spec_set or None,
                      parent=parent, name=name, _new_name=name,
                      _new_parent=parent)
        sig = _signature_of(original, False, skip_self)
        if sig is not None:
            child.__dict__['_mock_sig'] = sig
            child.__dict__['_mock_check_sig'] = _check_with(sig)
        return child
    return create_autospec(original, spec_set, _parent=parent, _name=name)


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """Create a mock with the same attributes and call signatures as spec."""
    if isinstance(spec, (list, tuple)):
        raise NotImplementedError('create_autospec with a list spec is not '
                                  'supported by this implementation')
    is_type = inspect.isclass(spec)
    if _is_mock(spec):
        raise NotImplementedError('create_autospec of a mock object is not '
                                  'supported by this implementation')
    if isinstance(spec, _FunctionTypes) or inspect.ismethod(spec):
        return _autospec_function(spec, spec_set, _parent, _name, kwargs)
    is_async = inspect.iscoroutinefunction(spec)
    if is_type and not instance:
        klass = MagicMock
    elif is_type:
        klass = MagicMock if _instances_callable(spec) else (
            NonCallableMagicMock)
    else:
        klass = MagicMock if callable(spec) else NonCallableMagicMock
    if is_async:
        klass = AsyncMock
    params = {'spec_set' if spec_set else 'spec': spec}
    if _parent is not None:
        params.update(parent=_parent, name=_name, _new_name=_name,
                      _new_parent=_parent)
    elif _name is not None:
        params['name'] = _name
    params.update(kwargs)
    mock = klass(**params)
    d = mock.__dict__
    sig = _signature_of(spec, instance, False) if callable(spec) else None
    d['_mock_sig'] = sig
    if sig is not None and klass is not NonCallableMagicMock:
        d['_mock_check_sig'] = _check_with(sig)
    d['_mock_autospec'] = (spec, bool(spec_set), instance or not is_type)
    if 'return_value' not in kwargs and is_type and not instance:
        instance_mock = create_autospec(spec, spec_set, True, None, None)
        mock.return_value = instance_mock
        mock.return_value.__dict__['_mock_new_parent'] = mock
        mock.return_value.__dict__['_mock_new_name'] = '()'
    return mock


def _autospec_function(func, spec_set, parent, name, kwargs):
    params = {'spec_set' if spec_set else 'spec': func}
    if parent is not None:
        params.update(parent=parent, name=name, _new_name=name,
                      _new_parent=parent)
    elif name is not None:
        params['name'] = name
    params.update(kwargs)
    klass = AsyncMock if inspect.iscoroutinefunction(func) else MagicMock
    mock = klass(**params)
    sig = _signature_of(func)
    if sig is not None:
        mock.__dict__['_mock_sig'] = sig
        mock.__dict__['_mock_check_sig'] = _check_with(sig)
    return mock


_autospec_getattr = NonCallableMock.__getattr__


def _autospec_aware_getattr(self, name):
    info = self.__dict__.get('_mock_autospec')
    if info is None or name.startswith('_mock_'):
        return _autospec_getattr(self, name)
    children = self.__dict__['_mock_children']
    child = children.get(name, None)
    if child is not None and child is not _deleted:
        return child
    spec, spec_set, is_instance = info
    methods = self.__dict__['_mock_methods']
    if child is _deleted or methods is None or name not in methods or \
            _dunderish(name):
        return _autospec_getattr(self, name)
    child = _autospec_child(self, spec, name, spec_set, is_instance)
    if child is None:
        return _autospec_getattr(self, name)
    children[name] = child
    return child


NonCallableMock.__getattr__ = _autospec_aware_getattr


# ---------------------------------------------------------------------------
# mock_open

_file_spec = None


def _file_methods():
    global _file_spec
    if _file_spec is None:
        import io
        names = set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO))
        _file_spec = sorted(names)
    return _file_spec


def mock_open(mock=None, read_data=''):
    """A mock to replace open(); the fh serves `read_data`."""
    state = {'lines': None, 'data': read_data}

    def split_lines(data):
        if isinstance(data, bytes):
            sep = b'\n'
        else:
            sep = '\n'
        parts = data.split(sep)
        result = [p + sep for p in parts[:-1]]
        if parts[-1]:
            result.append(parts[-1])
        return result

    def rewind(*args, **kwargs):
        state['lines'] = iter(split_lines(read_data))
        return DEFAULT

    def empty():
        return read_data[:0]

    def read_effect(*args, **kwargs):
        rest = list(state['lines'])
        state['lines'] = iter(())
        joined = empty().join(rest)
        if args and args[0] is not None and args[0] >= 0:
            size = args[0]
            state['lines'] = iter(split_lines(joined[size:]))
            return joined[:size]
        return joined

    def readline_effect(*args, **kwargs):
        return next(state['lines'], empty())

    def readlines_effect(*args, **kwargs):
        rest = list(state['lines'])
        state['lines'] = iter(())
        return rest

    def iter_effect():
        return _LineIter(state)

    def next_effect():
        return next(state['lines'])

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    fh = MagicMock(spec=_file_methods())
    fh.__enter__.return_value = fh
    fh.write.return_value = None
    fh.read.return_value = None
    fh.readline.return_value = None
    fh.readlines.return_value = None
    fh.read.side_effect = read_effect
    fh.readline.side_effect = readline_effect
    fh.readlines.side_effect = readlines_effect
    fh.__iter__.side_effect = iter_effect
    fh.__next__.side_effect = next_effect
    state['lines'] = iter(split_lines(read_data))
    mock.return_value = fh
    mock.side_effect = rewind
    return mock


class _LineIter:
    def __init__(self, state):
        self.state = state

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.state['lines'])
