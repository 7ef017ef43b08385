"""Size-limited alternative repr() implementation.

Clean-room implementation for Ferrython, written from the documented
behaviour of the standard ``reprlib`` module.
"""

import builtins
from itertools import islice

try:
    from _thread import get_ident as _thread_id
except ImportError:
    try:
        from threading import get_ident as _thread_id
    except ImportError:         # single-threaded runtime
        def _thread_id():
            return 0

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator making __repr__ return fillvalue on recursive calls."""

    def decorate(method):
        active = set()

        def wrapper(self):
            token = (id(self), _thread_id())
            if token in active:
                return fillvalue
            active.add(token)
            try:
                return method(self)
            finally:
                active.discard(token)

        # copy metadata by hand (functools may not be importable yet)
        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(method, attr))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        wrapper.__type_params__ = getattr(method, '__type_params__', ())
        wrapper.__wrapped__ = method
        return wrapper

    return decorate


def _ordered(items):
    # sort when the elements allow it, for a stable display
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Configurable, size-limited repr()."""

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5,
                 maxdict=4, maxset=6, maxfrozenset=6, maxdeque=6,
                 maxstring=30, maxlong=40, maxother=30, fillvalue='...',
                 indent=None):
        # nesting depth and per-type element limits
        self.maxlevel, self.maxtuple, self.maxlist = maxlevel, maxtuple, maxlist
        self.maxarray, self.maxdict, self.maxset = maxarray, maxdict, maxset
        self.maxfrozenset, self.maxdeque = maxfrozenset, maxdeque
        # character limits for strings, ints and everything else
        self.maxstring, self.maxlong, self.maxother = (maxstring, maxlong,
                                                       maxother)
        self.fillvalue, self.indent = fillvalue, indent

    def repr(self, x):
        return self.repr1(x, level=self.maxlevel)

    def repr1(self, x, level):
        kind = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + kind, self.repr_instance)
        return handler(x, level)

    def _shorten(self, text, limit):
        # keep head and tail of text around the fill value
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _join(self, pieces, level):
        step = self.indent
        if step is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        if isinstance(step, int):
            if step < 0:
                raise ValueError(
                    f'Repr.indent cannot be negative int (was {step!r})')
            step = ' ' * step
        if not isinstance(step, str):
            raise TypeError(
                f'Repr.indent must be a str, int or None, not {type(step)}')
        depth = self.maxlevel - level + 1
        inner = '\n' + step * depth
        outer = '\n' + step * (depth - 1)
        return ''.join([inner + p + ',' for p in pieces]) + outer

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if level <= 0 and count:
            body = self.fillvalue
        else:
            below = level - 1
            pieces = [self.repr1(item, below) for item in islice(x, maxiter)]
            if count > maxiter:
                pieces += [self.fillvalue]
            body = self._join(pieces, level)
            if count == 1 and trail and self.indent is None:
                right = trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple,
                                   trail=',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']',
                                   self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return f"array('{x.typecode}')"
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode,
                                   '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_ordered(x), level, '{', '}',
                                   self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_ordered(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])',
                                   self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return f'{{{self.fillvalue}}}'
        below = level - 1
        pieces = []
        for key in islice(_ordered(x), self.maxdict):
            pieces.append(self.repr1(key, below) + ': ' +
                          self.repr1(x[key], below))
        if len(x) > self.maxdict:
            pieces += [self.fillvalue]
        return '{' + self._join(pieces, level) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return self._shorten(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (type(x).__name__, id(x))
        return self._shorten(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
