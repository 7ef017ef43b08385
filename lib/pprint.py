"""Pretty-printing of Python data structures.

Provides pprint(), pformat(), pp(), saferepr(), isreadable(), isrecursive()
and the configurable PrettyPrinter class.
"""

import sys as _sys
import re as _re
import types as _types
import collections as _collections

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Print a pretty representation of object to stream (default stdout)."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width,
                            depth=depth, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty representation of object as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dictionaries keep their insertion order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr() that copes with recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """True if the repr of object could be fed back to eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """True if object contains a reference to itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SortKey:
    """Ordering wrapper that falls back to type name and id for values
    that cannot be compared with each other."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            mine = (str(type(self.obj)), id(self.obj))
            theirs = (str(type(other.obj)), id(other.obj))
            return mine < theirs


def _pair_key(pair):
    return _SortKey(pair[0]), _SortKey(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class _Sink:
    """Collects written text pieces."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return ''.join(self.parts)


_SCALARS = (str, bytes, bytearray, float, complex, bool, type(None))


def _own_repr_base(typ, candidates):
    """Walk typ's MRO; return the first class among candidates that supplies
    __repr__ (i.e. no class before it overrides __repr__), else None."""
    for klass in typ.__mro__:
        if klass in candidates:
            return klass
        if klass is object:
            return None
        if '__repr__' in klass.__dict__:
            return None
    return None


def _is_dataclass_instance(obj):
    dc = _sys.modules.get('dataclasses')
    if dc is None or isinstance(obj, type):
        return False
    try:
        if not dc.is_dataclass(obj):
            return False
        params = getattr(obj, '__dataclass_params__', None)
        if params is not None and not getattr(params, 'repr', True):
            return False
        rep = type(obj).__repr__
        return getattr(rep, '__wrapped__', None) is not None
    except Exception:
        return False


class PrettyPrinter:
    """Formats Python objects with line breaks and indentation."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is not None:
            self._stream = stream
        else:
            self._stream = _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public API ---------------------------------------------------

    def pprint(self, object):
        if self._stream is not None:
            sink = _Sink()
            self._format(object, sink, 0, 0, {}, 0)
            self._stream.write(sink.getvalue())
            self._stream.write("\n")

    def pformat(self, object):
        sink = _Sink()
        self._format(object, sink, 0, 0, {}, 0)
        return sink.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr string, is readable, is recursive) for object."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- layout engine ------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        room = self._width - indent - allowance
        if len(text) > room:
            base = _own_repr_base(type(object), self._dispatch)
            if base is not None:
                handler = self._dispatch[base]
                context[key] = 1
                handler(self, object, stream, indent, allowance, context,
                        level + 1)
                del context[key]
                return
            if _is_dataclass_instance(object):
                context[key] = 1
                self._pprint_dataclass(object, stream, indent, allowance,
                                       context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    _dispatch = {}

    def _pprint_dataclass(self, object, stream, indent, allowance, context,
                          level):
        import dataclasses
        name = object.__class__.__name__
        indent += len(name) + 1
        items = [(f.name, getattr(object, f.name))
                 for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_pair_key)
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1,
                                    context, level)
        stream.write('}')

    _dispatch[dict] = _pprint_dict

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context,
                             level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    _dispatch[_collections.OrderedDict] = _pprint_ordered_dict

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context,
                           level)
        stream.write(']')

    _dispatch[list] = _pprint_list

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        closer = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(closer),
                           context, level)
        stream.write(closer)

    _dispatch[tuple] = _pprint_tuple

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            closer = '}'
        else:
            stream.write(cls.__name__ + '({')
            closer = '})'
            indent += len(cls.__name__) + 1
        ordered = sorted(object, key=_SortKey)
        self._format_items(ordered, stream, indent, allowance + len(closer),
                           context, level)
        stream.write(closer)

    _dispatch[set] = _pprint_set
    _dispatch[frozenset] = _pprint_set

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        limit = self._width - indent
        first_limit = limit
        last_line = len(lines) - 1
        text = ''
        for i, line in enumerate(lines):
            text = repr(line)
            if i == last_line:
                first_limit -= allowance
            if len(text) <= first_limit:
                chunks.append(text)
                continue
            # split into runs of non-space followed by space
            pieces = _re.findall(r'\S*\s*', line)
            if pieces and not pieces[-1]:
                pieces.pop()
            piece_limit = limit
            current = ''
            last_piece = len(pieces) - 1
            for j, piece in enumerate(pieces):
                candidate = current + piece
                if j == last_piece and i == last_line:
                    piece_limit -= allowance
                if len(repr(candidate)) > piece_limit:
                    if current:
                        chunks.append(repr(current))
                    current = piece
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(text)
            return
        if level == 1:
            stream.write('(')
        for i, chunk in enumerate(chunks):
            if i > 0:
                stream.write('\n' + ' ' * indent)
            stream.write(chunk)
        if level == 1:
            stream.write(')')

    _dispatch[str] = _pprint_str

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        wrap = level == 1
        if wrap:
            indent += 1
            allowance += 1
            stream.write('(')
        sep = ''
        for chunk in _bytes_chunks(object, self._width - indent, allowance):
            stream.write(sep)
            stream.write(chunk)
            if not sep:
                sep = '\n' + ' ' * indent
        if wrap:
            stream.write(')')

    _dispatch[bytes] = _pprint_bytes

    def _pprint_bytearray(self, object, stream, indent, allowance, context,
                          level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(')')

    _dispatch[bytearray] = _pprint_bytearray

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context,
                             level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1,
                     context, level)
        stream.write(')')

    _dispatch[_types.MappingProxyType] = _pprint_mappingproxy

    def _pprint_simplenamespace(self, object, stream, indent, allowance,
                                context, level):
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '(')
        self._format_namespace_items(list(object.__dict__.items()), stream,
                                     indent, allowance, context, level)
        stream.write(')')

    _dispatch[_types.SimpleNamespace] = _pprint_simplenamespace

    def _format_dict_items(self, items, stream, indent, allowance, context,
                           level):
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            is_last = i == last_index
            text = self._repr(key, context, level)
            stream.write(text)
            stream.write(': ')
            self._format(value, stream, indent + len(text) + 2,
                         allowance if is_last else 1, context, level)
            if not is_last:
                stream.write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance,
                                context, level):
        newline = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            is_last = i == last_index
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                stream.write('...')
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if is_last else 1, context, level)
            if not is_last:
                stream.write(newline)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        newline = ',\n' + ' ' * indent
        sep = ''
        room = full_room = self._width - indent + 1
        entries = list(items)
        count = len(entries)
        for i, entry in enumerate(entries):
            is_last = i == count - 1
            if is_last:
                full_room -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(entry, context, level)
                need = len(text) + 2
                if room < need:
                    room = full_room
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    stream.write(sep)
                    sep = ', '
                    stream.write(text)
                    continue
            stream.write(sep)
            sep = newline
            self._format(entry, stream, indent, allowance if is_last else 1,
                         context, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context,
                             level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context,
                          level)
        stream.write(')')

    _dispatch[_collections.defaultdict] = _pprint_default_dict

    def _pprint_counter(self, object, stream, indent, allowance, context,
                        level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    _dispatch[_collections.Counter] = _pprint_counter

    def _pprint_chain_map(self, object, stream, indent, allowance, context,
                          level):
        maps = object.maps
        if not len(maps) or (len(maps) == 1 and not len(maps[0])):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, m in enumerate(maps):
            if i == len(maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    if hasattr(_collections, 'ChainMap'):
        _dispatch[_collections.ChainMap] = _pprint_chain_map

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context,
                               level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            shown = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, shown))

    _dispatch[_collections.deque] = _pprint_deque

    def _pprint_user_wrapper(self, object, stream, indent, allowance, context,
                             level):
        self._format(object.data, stream, indent, allowance, context,
                     level - 1)

    for _name in ('UserDict', 'UserList', 'UserString'):
        if hasattr(_collections, _name):
            _dispatch[getattr(_collections, _name)] = _pprint_user_wrapper
    del _name

    # -- flat repr ----------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False

        if issubclass(typ, int) and _own_repr_base(typ, (int,)) is int:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False

        if issubclass(typ, dict) and _own_repr_base(typ, (dict,)) is dict:
            if not object:
                return "{}", True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_pair_key)
            else:
                items = object.items()
            for k, v in items:
                ktext, kread, krec = self.format(k, context, maxlevels, level)
                vtext, vread, vrec = self.format(v, context, maxlevels, level)
                parts.append("%s: %s" % (ktext, vtext))
                readable = readable and kread and vread
                if krec or vrec:
                    recursive = True
            del context[key]
            return "{%s}" % ", ".join(parts), readable, recursive

        is_list = issubclass(typ, list) and _own_repr_base(typ, (list,)) is list
        is_tuple = (not is_list and issubclass(typ, tuple)
                    and _own_repr_base(typ, (tuple,)) is tuple)
        if is_list or is_tuple:
            if is_list:
                if not object:
                    return "[]", True, False
                template = "[%s]"
            elif len(object) == 1:
                template = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                template = "(%s)"
            key = id(object)
            if maxlevels and level >= maxlevels:
                return template % "...", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            for item in object:
                text, iread, irec = self.format(item, context, maxlevels,
                                                level)
                parts.append(text)
                if not iread:
                    readable = False
                if irec:
                    recursive = True
            del context[key]
            return template % ", ".join(parts), readable, recursive

        text = repr(object)
        return text, (text and not text.startswith('<')), False


def _bytes_chunks(object, width, allowance):
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        piece = object[i:i + 4]
        candidate = current + piece
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = piece
        else:
            current = candidate
    if current:
        yield repr(current)
