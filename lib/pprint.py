"""Pretty-printing of Python data structures (Ferrython)."""

import collections as _collections
import re as _re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Pretty-print object to stream (default sys.stdout)."""
    PrettyPrinter(indent, width, depth, stream, compact=compact,
                  sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True,
            underscore_numbers=False):
    """Return the pretty-printed text of object."""
    printer = PrettyPrinter(indent, width, depth, None, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint() but dictionaries keep insertion order by default."""
    kwargs['sort_dicts'] = sort_dicts
    pprint(object, *args, **kwargs)


def _plain(obj):
    # (text, readable, recursive) computed by a default printer
    return PrettyPrinter()._safe_repr(obj, {}, None, 0)


def saferepr(object):
    """repr() variant that is safe for recursive structures."""
    return _plain(object)[0]


def isreadable(object):
    """True when repr(object) could be evaluated back."""
    return _plain(object)[1]


def isrecursive(object):
    """True when object contains a reference to itself."""
    return _plain(object)[2]


class _Orderable:
    """Sort key that falls back to type name and id for unorderable values."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _pair_key(pair):
    return _Orderable(pair[0]), _Orderable(pair[1])


def _recursion_marker(obj):
    return f"<Recursion on {type(obj).__name__} with id={id(obj)}>"


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool,
                      type(None)})


class PrettyPrinter:
    """Formats objects over several lines to fit a given width."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and not depth > 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth, self._width = depth, width
        self._indent_per_level = indent  # extra columns per nesting level
        self._stream = _sys.stdout if stream is None else stream
        self._compact, self._sort_dicts = bool(compact), sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public interface ------------------------------------------------

    def pprint(self, object):
        out = self._stream
        if out is None:
            return
        self._format(object, out, 0, 0, {}, 0)
        out.write("\n")

    def pformat(self, object):
        buf = _StringIO()
        self._format(object, buf, 0, 0, {}, 0)
        return buf.getvalue()

    def isrecursive(self, object):
        _, _, recursive = self.format(object, {}, 0, 0)
        return recursive

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return bool(readable) and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr text, readable, recursive) for object."""
        result = self._safe_repr(object, context, maxlevels, level)
        return result

    # -- layout engine ---------------------------------------------------

    def _format(self, obj, stream, indent, allowance, context, level):
        key = id(obj)
        if key in context:
            stream.write(_recursion_marker(obj))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(obj, context, level)
        if len(text) <= self._width - indent - allowance:
            stream.write(text)
            return
        handler = self._handlers.get(type(obj).__repr__)
        if isinstance(handler, list):
            lineage = type(obj).__mro__
            handler = next((h for k, h in handler if k in lineage), None)
        if handler is None and _uses_dataclass_repr(obj):
            handler = PrettyPrinter._pprint_dataclass
        if handler is None:
            stream.write(text)
            return
        context[key] = 1
        handler(self, obj, stream, indent, allowance, context, level + 1)
        del context[key]

    def _repr(self, obj, context, level):
        text, readable, recursive = self.format(obj, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _ordered(self, mapping_items):
        if self._sort_dicts:
            return sorted(mapping_items, key=_pair_key)
        return mapping_items

    def _extra_indent(self, stream):
        pad = self._indent_per_level - 1
        if pad > 0:
            stream.write(' ' * pad)

    def _pprint_dict(self, obj, stream, indent, allowance, context, level):
        stream.write('{')
        self._extra_indent(stream)
        if len(obj):
            self._format_dict_items(self._ordered(obj.items()), stream,
                                    indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, obj, stream, indent, allowance, context,
                             level):
        if not len(obj):
            stream.write(repr(obj))
            return
        name = type(obj).__name__
        stream.write(name + '(')
        self._format(list(obj.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, obj, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(obj, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, obj, stream, indent, allowance, context, level):
        closing = ',)' if len(obj) == 1 else ')'
        stream.write('(')
        self._format_items(obj, stream, indent, allowance + len(closing),
                           context, level)
        stream.write(closing)

    def _pprint_set(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        kind = type(obj)
        if kind is set:
            opening, closing = '{', '}'
        else:
            opening, closing = kind.__name__ + '({', '})'
            indent += len(kind.__name__) + 1
        stream.write(opening)
        members = sorted(obj, key=_Orderable)
        self._format_items(members, stream, indent, allowance + len(closing),
                           context, level)
        stream.write(closing)

    def _pprint_str(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        if level == 1:
            # room for the surrounding parentheses
            indent += 1
            allowance += 1
        room = self._width - indent
        pieces = []
        rows = obj.splitlines(True)
        for row_no, row in enumerate(rows):
            last_row = row_no == len(rows) - 1
            text = repr(row)
            limit = room - allowance if last_row else room
            if len(text) <= limit:
                pieces.append(text)
                continue
            words = _re.findall(r'\S*\s*', row)[:-1]
            pending = ''
            for word_no, word in enumerate(words):
                limit = room
                if last_row and word_no == len(words) - 1:
                    limit -= allowance
                joined = pending + word
                if len(repr(joined)) > limit:
                    if pending:
                        pieces.append(repr(pending))
                    pending = word
                else:
                    pending = joined
            if pending:
                pieces.append(repr(pending))
        if len(pieces) == 1:
            stream.write(text)
            return
        self._write_pieces(pieces, stream, indent, level == 1)

    def _write_pieces(self, pieces, stream, indent, parens):
        if parens:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if parens:
            stream.write(')')

    def _pprint_bytes(self, obj, stream, indent, allowance, context, level):
        if len(obj) <= 4:
            stream.write(repr(obj))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
        pieces = list(_split_bytes(obj, self._width - indent, allowance))
        self._write_pieces(pieces, stream, indent, parens)

    def _pprint_bytearray(self, obj, stream, indent, allowance, context,
                          level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(obj), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, obj, stream, indent, allowance, context,
                             level):
        stream.write("mappingproxy(")
        self._format(obj.copy(), stream, indent + 13, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, obj, stream, indent, allowance,
                                context, level):
        if type(obj) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = type(obj).__name__
        stream.write(name + '(')
        self._format_namespace_items(list(obj.__dict__.items()), stream,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_dataclass(self, obj, stream, indent, allowance, context,
                          level):
        import dataclasses
        name = type(obj).__name__
        shown = [(fld.name, getattr(obj, fld.name))
                 for fld in dataclasses.fields(obj) if fld.repr]
        stream.write(name + '(')
        self._format_namespace_items(shown, stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _format_namespace_items(self, items, stream, indent, allowance,
                                context, level):
        separator = ',\n' + ' ' * indent
        final = len(items) - 1
        for pos, (name, value) in enumerate(items):
            stream.write(name + '=')
            if id(value) in context:
                # same marker the generated dataclass repr uses
                stream.write('...')
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if pos == final else 1,
                             context, level)
            if pos != final:
                stream.write(separator)

    def _format_dict_items(self, items, stream, indent, allowance, context,
                           level):
        indent = indent + self._indent_per_level
        separator = ',\n' + ' ' * indent
        items = list(items)
        final = len(items) - 1
        for pos, (key, value) in enumerate(items):
            key_text = self._repr(key, context, level)
            stream.write(key_text + ': ')
            self._format(value, stream, indent + len(key_text) + 2,
                         allowance if pos == final else 1, context, level)
            if pos != final:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context,
                      level):
        indent = indent + self._indent_per_level
        self._extra_indent(stream)
        newline = ',\n' + ' ' * indent
        entries = list(items)
        count = len(entries)
        full = self._width - indent + 1
        space = full
        glue = ''
        for pos, entry in enumerate(entries):
            last = pos == count - 1
            if last:
                full -= allowance
                space -= allowance
            if self._compact:
                text = self._repr(entry, context, level)
                needed = len(text) + 2
                if space < needed:
                    space = full
                    if glue:
                        glue = newline
                if space >= needed:
                    space -= needed
                    stream.write(glue + text)
                    glue = ', '
                    continue
            stream.write(glue)
            glue = newline
            self._format(entry, stream, indent, allowance if last else 1,
                         context, level)

    def _pprint_default_dict(self, obj, stream, indent, allowance, context,
                             level):
        if not len(obj):
            stream.write(repr(obj))
            return
        factory = self._repr(obj.default_factory, context, level)
        name = type(obj).__name__
        indent += len(name) + 1
        stream.write(f"{name}({factory},\n{' ' * indent}")
        self._pprint_dict(obj, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, obj, stream, indent, allowance, context,
                        level):
        if not len(obj):
            stream.write(repr(obj))
            return
        name = type(obj).__name__
        stream.write(name + '({')
        self._extra_indent(stream)
        self._format_dict_items(obj.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_chain_map(self, obj, stream, indent, allowance, context,
                          level):
        maps = obj.maps
        if not len(maps):
            stream.write(repr(obj))
            return
        name = type(obj).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for pos, mapping in enumerate(maps):
            if pos == len(maps) - 1:
                self._format(mapping, stream, indent, allowance + 1, context,
                             level)
                stream.write(')')
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + indent * ' ')

    def _pprint_deque(self, obj, stream, indent, allowance, context, level):
        if not len(obj):
            stream.write(repr(obj))
            return
        name = type(obj).__name__
        indent += len(name) + 1
        stream.write(name + '([')
        if obj.maxlen is None:
            self._format_items(obj, stream, indent, allowance + 2, context,
                               level)
            stream.write('])')
            return
        self._format_items(obj, stream, indent, 2, context, level)
        limit = self._repr(obj.maxlen, context, level)
        stream.write(f"],\n{' ' * indent}maxlen={limit})")

    def _pprint_user_dict(self, obj, stream, indent, allowance, context,
                          level):
        self._format(obj.data, stream, indent, allowance, context, level - 1)

    _pprint_user_list = _pprint_user_dict
    _pprint_user_string = _pprint_user_dict

    # -- one-line representations ----------------------------------------

    def _safe_repr(self, obj, context, maxlevels, level):
        kind = type(obj)
        if kind in _SCALARS:
            return repr(obj), True, False
        own_repr = getattr(kind, '__repr__', None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            if self._underscore_numbers:  # 1_000_000 style
                return f"{obj:_d}", True, False
            return repr(obj), True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not obj:
                return "{}", True, False
            return self._container_repr(
                obj, "{%s}", self._ordered(obj.items()), True,
                context, maxlevels, level)
        if issubclass(kind, list) and own_repr is list.__repr__:
            if not obj:
                return "[]", True, False
            return self._container_repr(obj, "[%s]", obj, False, context,
                                        maxlevels, level)
        if issubclass(kind, tuple) and own_repr is tuple.__repr__:
            if len(obj) == 1:
                shape = "(%s,)"
            elif not obj:
                return "()", True, False
            else:
                shape = "(%s)"
            return self._container_repr(obj, shape, obj, False, context,
                                        maxlevels, level)
        text = repr(obj)
        return text, bool(text) and not text.startswith('<'), False

    def _container_repr(self, obj, shape, members, pairs, context,
                        maxlevels, level):
        key = id(obj)
        if maxlevels and maxlevels <= level:
            ellipsis = "{...}" if pairs else shape % "..."
            return ellipsis, False, key in context
        if key in context:
            return _recursion_marker(obj), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for member in members:
            if pairs:
                k_text, k_ok, k_rec = self.format(member[0], context,
                                                  maxlevels, level + 1)
                v_text, v_ok, v_rec = self.format(member[1], context,
                                                  maxlevels, level + 1)
                parts.append(f"{k_text}: {v_text}")
                readable = readable and k_ok and v_ok
                recursive = recursive or k_rec or v_rec
            else:
                text, ok, rec = self.format(member, context, maxlevels,
                                            level + 1)
                parts.append(text)
                readable = readable and ok
                recursive = recursive or rec
        del context[key]
        return shape % ", ".join(parts), readable, recursive


def _uses_dataclass_repr(obj):
    # only instances whose __repr__ was generated by @dataclass
    params = getattr(type(obj), '__dataclass_params__', None)
    if params is None or isinstance(obj, type) or not params.repr:
        return False
    inner = getattr(type(obj).__repr__, '__wrapped__', None)
    if inner is None:
        return False
    name = getattr(inner, '__qualname__', '')
    return ('__create_fn__' in name
            or name == type(obj).__qualname__ + '.__repr__'
            or getattr(inner, '__module__', None) == 'dataclasses')


def _split_bytes(data, width, allowance):
    """Yield reprs of 4-byte aligned slices of data that fit in width."""
    pending = b''
    final_start = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        chunk = data[start:start + 4]
        if start == final_start:
            width -= allowance
        joined = pending + chunk
        if len(repr(joined)) > width:
            if pending:
                yield repr(pending)
            pending = chunk
        else:
            pending = joined
    if pending:
        yield repr(pending)


def _build_handlers():
    table = {}
    plain = [(dict, '_pprint_dict'), (list, '_pprint_list'),
             (tuple, '_pprint_tuple'), (set, '_pprint_set'),
             (frozenset, '_pprint_set'), (str, '_pprint_str'),
             (bytes, '_pprint_bytes'), (bytearray, '_pprint_bytearray'),
             (_types.MappingProxyType, '_pprint_mappingproxy'),
             (_types.SimpleNamespace, '_pprint_simplenamespace')]
    for kind, method in plain:
        _register(table, kind, getattr(PrettyPrinter, method))
    optional = [('OrderedDict', '_pprint_ordered_dict'),
                ('defaultdict', '_pprint_default_dict'),
                ('Counter', '_pprint_counter'),
                ('ChainMap', '_pprint_chain_map'),
                ('deque', '_pprint_deque'),
                ('UserDict', '_pprint_user_dict'),
                ('UserList', '_pprint_user_list'),
                ('UserString', '_pprint_user_string')]
    for class_name, method in optional:
        # some of these may be missing from a minimal collections module
        kind = getattr(_collections, class_name, None)
        if kind is not None:
            _register(table, kind, getattr(PrettyPrinter, method))
    for key, choices in table.items():
        if len(choices) == 1:
            table[key] = choices[0][1]
    return table


def _register(table, kind, handler):
    # Ferrython may hand out one shared __repr__ (object's) for several
    # builtin types; such keys keep every (type, handler) candidate.
    table.setdefault(kind.__repr__, []).append((kind, handler))


PrettyPrinter._handlers = _build_handlers()
