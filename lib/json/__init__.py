"""JSON (RFC 7159) encoder and decoder with the interface of CPython 3.12's json.

dumps()/dump() turn Python objects into JSON text, loads()/load() parse it
back.  JSONEncoder and JSONDecoder can be subclassed or configured (via cls=
and the keyword arguments) for custom types and hooks.
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder
from . import scanner

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                  indent, separators, default, sort_keys, kw):
    """The encoder for dump()/dumps(); the shared default one when possible."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON to fp (anything with a write(str) method).

    The keyword arguments are those of dumps().
    """
    encoder = _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                            allow_nan, indent, separators, default, sort_keys,
                            kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return obj as a JSON formatted str.

    See JSONEncoder for what each option does; cls picks a JSONEncoder
    subclass, and further keyword arguments are passed on to it.
    """
    encoder = _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                            allow_nan, indent, separators, default, sort_keys,
                            kw)
    return encoder.encode(obj)


def detect_encoding(b):
    """Guess the Unicode encoding of the JSON document in bytes b.

    A byte order mark decides if there is one; otherwise the pattern of zero
    bytes at the start (JSON text begins with an ASCII character) tells
    UTF-16 and UTF-32 apart from UTF-8.
    """
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'

    def zero(i):
        return b.startswith(b'\x00', i)

    if len(b) >= 4:
        if zero(0):
            return 'utf-32-be' if zero(1) else 'utf-16-be'
        if zero(1):
            return 'utf-32-le' if zero(2) and zero(3) else 'utf-16-le'
    elif len(b) == 2:
        if zero(0):
            return 'utf-16-be'
        if zero(1):
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Read fp (anything with a read() method) and parse it as JSON.

    The keyword arguments are those of loads().
    """
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Parse the JSON document s (str, bytes or bytearray) into a Python object.

    Bytes are decoded as UTF-8, UTF-16 or UTF-32 (see detect_encoding).  See
    JSONDecoder for the hooks; cls picks a JSONDecoder subclass, and further
    keyword arguments (such as strict) are passed on to it.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)',
                                  s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
