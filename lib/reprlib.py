"""repr() variants that cut long or deeply nested values down to a bounded size."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice

try:
    from _thread import get_ident as _get_ident
except ImportError:
    def _get_ident():
        return 0


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call that re-enters itself for the same
    object in the same thread returns fillvalue instead of recursing."""

    def decorating_function(user_function):
        active = set()

        def wrapper(self):
            token = (id(self), _get_ident())
            if token in active:
                return fillvalue
            active.add(token)
            try:
                return user_function(self)
            finally:
                active.discard(token)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__',
                     '__annotations__', '__type_params__'):
            try:
                value = getattr(user_function, attr)
            except AttributeError:
                continue
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Holds the size limits used when producing abbreviated reprs."""

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5,
                 maxdict=4, maxset=6, maxfrozenset=6, maxdeque=6,
                 maxstring=30, maxlong=40, maxother=30, fillvalue='...',
                 indent=None):
        self.maxlevel = maxlevel
        self.maxtuple = maxtuple
        self.maxlist = maxlist
        self.maxarray = maxarray
        self.maxdict = maxdict
        self.maxset = maxset
        self.maxfrozenset = maxfrozenset
        self.maxdeque = maxdeque
        self.maxstring = maxstring
        self.maxlong = maxlong
        self.maxother = maxother
        self.fillvalue = fillvalue
        self.indent = indent

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        name = type(x).__name__
        if ' ' in name:
            name = '_'.join(name.split())
        method = getattr(self, 'repr_' + name, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _join(self, pieces, level):
        indent = self.indent
        if indent is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        if isinstance(indent, int):
            if indent < 0:
                raise ValueError(
                    f'Repr.indent cannot be negative int (was {indent!r})')
            indent = indent * ' '
        try:
            sep = ',\n' + (self.maxlevel - level + 1) * indent
        except TypeError as exc:
            raise TypeError(
                f'Repr.indent must be a str, int or None, not {type(indent)}'
            ) from exc
        # Each piece goes on its own line; the closing bracket returns to
        # the enclosing level's indentation.
        text = sep.join(('', *pieces, ''))
        cut = len(indent)
        return text[1:-cut] if cut else text[1:]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            body = self.fillvalue
        else:
            deeper = level - 1
            repr1 = self.repr1
            pieces = [repr1(item, deeper) for item in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            body = self._join(pieces, level)
            if n == 1 and trail and self.indent is None:
                right = trail + right
        return f'{left}{body}{right}'

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        head = "array('%s', [" % x.typecode
        return self._repr_iterable(x, level, head, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_sorted_if_possible(x), level, '{', '}',
                                   self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_sorted_if_possible(x), level,
                                   'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        deeper = level - 1
        repr1 = self.repr1
        pieces = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            pieces.append('%s: %s' % (repr1(key, deeper), repr1(x[key], deeper)))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % (self._join(pieces, level),)

    def _shorten(self, s, limit):
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return s[:head] + self.fillvalue + s[len(s) - tail:]

    def repr_str(self, x, level):
        limit = self.maxstring
        s = builtins.repr(x[:limit])
        if len(s) > limit:
            head = max(0, (limit - 3) // 2)
            tail = max(0, limit - 3 - head)
            s = builtins.repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def repr_int(self, x, level):
        s = builtins.repr(x)
        if len(s) > self.maxlong:
            s = self._shorten(s, self.maxlong)
        return s

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(s) > self.maxother:
            s = self._shorten(s, self.maxother)
        return s


aRepr = Repr()
repr = aRepr.repr
