"""String constants, capwords(), Template and Formatter (clean-room implementation)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import re as _re
from collections import ChainMap as _ChainMap

# ---------------------------------------------------------------- constants

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = ''.join(chr(c) for c in range(ord('a'), ord('z') + 1))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = '%s%s' % (ascii_lowercase, ascii_uppercase)
digits = '0123456789'
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
octdigits = digits[:8]
punctuation = ''.join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
printable = ''.join((digits, ascii_letters, punctuation, whitespace))


def capwords(s, sep=None):
    """Split *s* on *sep*, capitalize each piece and join them with *sep* (or a space)."""
    joiner = sep if sep else ' '
    return joiner.join(word.capitalize() for word in s.split(sep))


# ---------------------------------------------------------------- Template

_no_mapping = {}


class Template:
    """A string holding $-substitution placeholders."""

    delimiter = '$'
    # ASCII-only identifiers; case folding comes from `flags`
    idpattern = '(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super(Template, cls).__init_subclass__()
        source = cls.__dict__.get('pattern')
        if source is not None:
            pass
        else:
            mark = _re.escape(cls.delimiter)
            plain = cls.idpattern
            braced = cls.braceidpattern or plain
            source = ('%s(?:(?P<escaped>%s)|(?P<named>%s)|\\{(?P<braced>%s)\\}|(?P<invalid>))'
                      % (mark, mark, plain, braced))
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        pos = mo.start('invalid')
        before = self.template[:pos].splitlines(keepends=True)
        if before:
            line = len(before)
            column = pos - sum(len(chunk) for chunk in before[:-1])
        else:
            line = column = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))

    def _lookup_table(self, mapping, kws):
        if mapping is _no_mapping:
            return kws
        if kws:
            return _ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_no_mapping, /, **kws):
        table = self._lookup_table(mapping, kws)

        def replace(mo):
            kind, key = self._classify(mo)
            if kind == 'name':
                return str(table[key])
            if kind == 'escape':
                return self.delimiter
            self._invalid(mo)
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        table = self._lookup_table(mapping, kws)

        def replace(mo):
            kind, key = self._classify(mo)
            if kind == 'escape':
                return self.delimiter
            if kind == 'name' and key in table:
                return str(table[key])
            if kind == 'name':
                try:
                    return str(table[key])
                except KeyError:
                    pass
            return mo.group()
        return self.pattern.sub(replace, self.template)

    def _classify(self, mo):
        # -> ('name', identifier) | ('escape', None) | ('invalid', None)
        groups = mo.groupdict()
        key = groups.get('named') or groups.get('braced')
        if key is not None:
            return 'name', key
        if groups.get('escaped') is not None:
            return 'escape', None
        if groups.get('invalid') is not None:
            return 'invalid', None
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def is_valid(self):
        matches = self.pattern.finditer(self.template)
        return all(self._classify(mo)[0] != 'invalid' for mo in matches)

    def get_identifiers(self):
        seen = []
        matches = self.pattern.finditer(self.template)
        for kind, key in map(self._classify, matches):
            if kind == 'name' and key not in seen:
                seen.append(key)
        return seen


# compile the default pattern for the base class itself
Template.__init_subclass__()  # the base class gets its pattern too


# ---------------------------------------------------------------- format parsing

def _scan_format(text):
    """Yield (literal, field_name, format_spec, conversion) like str.format's parser."""
    n = len(text)
    i = 0
    literal = []
    while i < n:
        ch = text[i]
        if ch == '}':
            if i + 1 < n and text[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if ch != '{':
            literal.append(ch)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        name, conversion, spec, i = _read_field(text, i + 1)
        yield ''.join(literal), name, spec, conversion
        literal = []
    if literal:
        yield ''.join(literal), None, None, None


def _read_field(text, pos):
    """Parse a replacement field starting just after its '{'.

    Returns (name, conversion, spec, index just past the closing brace).
    """
    n = len(text)
    start = pos
    while pos < n:
        c = text[pos]
        if c == '[':
            while pos < n and text[pos] != ']':
                pos += 1
            if pos >= n:
                break
        elif c == '{':
            raise ValueError("unexpected '{' in field name")
        elif c in '}:!':
            break
        pos += 1
    if pos >= n:
        raise ValueError("expected '}' before end of string")
    name = text[start:pos]
    conversion = None
    if text[pos] == '!':
        pos += 1
        if pos >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = text[pos]
        pos += 1
        if pos >= n:
            raise ValueError("unmatched '{' in format spec")
        if text[pos] not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    spec = ''
    if text[pos] == ':':
        pos += 1
        spec_start = pos
        depth = 1
        while pos < n:
            c = text[pos]
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
            pos += 1
        if pos >= n:
            raise ValueError("unmatched '{' in format spec")
        spec = text[spec_start:pos]
    return name, conversion, spec, pos + 1


def _split_field_name(name):
    """Split 'a.b[c]' into ('a', [(True, 'b'), (False, 'c')])."""
    cut = len(name)
    for idx, c in enumerate(name):
        if c in '.[':
            cut = idx
            break
    head = name[:cut]
    if head.isdigit():
        head = int(head)
    steps = []
    pos = cut
    size = len(name)
    while pos < size:
        c = name[pos]
        if c == '.':
            end = pos + 1
            while end < size and name[end] not in '.[':
                end += 1
            attr = name[pos + 1:end]
            if not attr:
                raise ValueError('Empty attribute in format string')
            steps.append((True, attr))
            pos = end
        elif c == '[':
            end = name.find(']', pos)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[pos + 1:end]
            if not key:
                raise ValueError('Empty attribute in format string')
            steps.append((False, int(key) if key.isdigit() else key))
            pos = end + 1
            if pos < size and name[pos] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return head, steps


class Formatter:
    """Customizable implementation of str.format()."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, dict(kwargs))

    def vformat(self, format_string, args, kwargs):
        consumed = set()
        text, _ = self._render(format_string, args, kwargs, consumed, 2)
        self.check_unused_args(consumed, args, kwargs)
        return text

    def _render(self, format_string, args, kwargs, consumed, depth, auto_index=0):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field is None:
                continue
            if field == '':
                if auto_index is False:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field = str(auto_index)
                auto_index += 1
            elif field.isdigit():
                if auto_index:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                auto_index = False
            value, key = self.get_field(field, args, kwargs)
            consumed.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_index = self._render(spec, args, kwargs, consumed, depth - 1,
                                            auto_index=auto_index)
            out.append(self.format_field(value, spec))
        return ''.join(out), auto_index

    def get_value(self, key, args, kwargs):
        source = args if isinstance(key, int) else kwargs
        return source[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Hook for subclasses; the default accepts unused arguments."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)  # builtin format()

    def convert_field(self, value, conversion):
        converters = {None: None, 's': str, 'r': repr, 'a': ascii}
        if conversion not in converters:
            raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))
        fn = converters[conversion]
        return value if fn is None else fn(value)

    def parse(self, format_string):
        return _scan_format(format_string)

    def get_field(self, field_name, args, kwargs):
        head, steps = _split_field_name(field_name)
        obj = self.get_value(head, args, kwargs)
        for is_attr, key in steps:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, head
