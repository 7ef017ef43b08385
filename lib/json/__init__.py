"""JSON (JavaScript Object Notation) encoder and decoder.

dumps/dump turn Python objects into JSON text, loads/load parse it back;
JSONEncoder and JSONDecoder can be subclassed for custom behaviour."""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                 indent, separators, default, sort_keys, extra):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **extra)


def _all_default(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                 indent, separators, default, sort_keys, extra):
    return (cls is None and not skipkeys and ensure_ascii and check_circular
            and allow_nan and indent is None and separators is None
            and default is None and not sort_keys and not extra)


def dump(obj, fp, *,
         skipkeys=False,
         ensure_ascii=True,
         check_circular=True,
         allow_nan=True,
         cls=None,
         indent=None,
         separators=None,
         default=None,
         sort_keys=False,
         **kw):
    """Serialize obj as JSON to the file-like object fp (which needs .write())."""
    settings = (cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                indent, separators, default, sort_keys, kw)
    if _all_default(*settings):
        enc = _plain_encoder
    else:
        enc = _encoder_for(*settings)
    for piece in enc.iterencode(obj):
        fp.write(piece)


def dumps(obj, *,
          skipkeys=False,
          ensure_ascii=True,
          check_circular=True,
          allow_nan=True,
          cls=None,
          indent=None,
          separators=None,
          default=None,
          sort_keys=False,
          **kw):
    """Serialize obj to a JSON formatted str."""
    settings = (cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                indent, separators, default, sort_keys, kw)
    if _all_default(*settings):
        return _plain_encoder.encode(obj)
    return _encoder_for(*settings).encode(obj)


def detect_encoding(b):
    """Guess the Unicode encoding of the JSON bytes b."""
    head = bytes(b[:4])
    if head in (b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00'):
        return 'utf-32'
    if head[:2] in (b'\xfe\xff', b'\xff\xfe'):
        return 'utf-16'
    if head[:3] == b'\xef\xbb\xbf':
        return 'utf-8-sig'
    if len(head) >= 4:
        if head[0] == 0:
            return 'utf-16-be' if head[1] else 'utf-32-be'
        if head[1] == 0:
            return 'utf-16-le' if (head[2] or head[3]) else 'utf-32-le'
    elif len(head) == 2:
        if head[0] == 0:
            return 'utf-16-be'
        if head[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *,
         cls=None,
         object_hook=None,
         parse_float=None,
         parse_int=None,
         parse_constant=None,
         object_pairs_hook=None,
         **kw):
    """Deserialize the JSON document read from fp (which needs .read())."""
    hooks = dict(object_hook=object_hook, object_pairs_hook=object_pairs_hook,
                 parse_constant=parse_constant)
    return loads(fp.read(), cls=cls, parse_int=parse_int,
                 parse_float=parse_float, **hooks, **kw)


def loads(s, *,
          cls=None,
          object_hook=None,
          parse_float=None,
          parse_int=None,
          parse_constant=None,
          object_pairs_hook=None,
          **kw):
    """Deserialize s (str, bytes or bytearray holding JSON) to a Python object."""
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)',
                                  s, 0)
    elif isinstance(s, (bytes, bytearray)):
        codec = detect_encoding(s)
        s = s.decode(codec, 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        'not %s' % type(s).__name__)
    plain = (cls is None and object_hook is None and parse_int is None
             and parse_float is None and parse_constant is None
             and object_pairs_hook is None and not kw)
    if plain:
        return _plain_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    options = dict(kw)
    for name, val in (('object_hook', object_hook),
                      ('object_pairs_hook', object_pairs_hook),
                      ('parse_float', parse_float), ('parse_int', parse_int),
                      ('parse_constant', parse_constant)):
        if val is not None:
            options[name] = val
    return cls(**options).decode(s)
