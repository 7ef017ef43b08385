"""Turn Python object graphs into byte streams and back again.

Ferrython's pickle, written from the published description of the format
(the library documentation, PEP 307, PEP 3154 and PEP 574).  It writes
protocols 0 to 5 with the same opcode choices as CPython 3.12, framing
included, and reads everything those protocols allow.

Public interface:

    dumps(obj, protocol=None) -> bytes       dump(obj, file, protocol=None)
    loads(data) -> obj                       load(file) -> obj
    Pickler(file, protocol).dump(obj)        Unpickler(file).load()
"""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

import sys
from struct import pack as _pack, unpack as _unpack
from itertools import islice as _islice
from operator import index as _as_index
from functools import partial as _partial
import copyreg as _copyreg
from copyreg import dispatch_table
from types import FunctionType, BuiltinFunctionType as _BuiltinFn, \
    MethodType as _BoundMethod, ModuleType as _ModuleType, \
    MethodDescriptorType as _MethodDescr

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID",
           "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD",
           "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT",
           "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4",
           "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL",
           "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG", "LONG1", "LONG4",
           "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE",
           "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ",
           "PERSID", "POP", "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER",
           "REDUCE", "SETITEM", "SETITEMS", "SHORT_BINBYTES",
           "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP",
           "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = bytes, bytearray

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

maxsize = sys.maxsize


class PickleError(Exception):
    """Common base class of the pickling and unpickling errors."""


class PicklingError(PickleError):
    """An object could not be pickled."""


class UnpicklingError(PickleError):
    """The data could not be turned back into objects."""


try:
    from _pickle import PickleBuffer
except ImportError:
    class PickleBuffer:
        """Wraps a buffer so that protocol 5 can ship it out of band."""

        def __init__(self, buffer):
            self._view = memoryview(buffer)

        def raw(self):
            view = self._view
            if view is None:
                raise ValueError("operation forbidden on released PickleBuffer object")
            return view

        def release(self):
            self._view = None

        def __reduce_ex__(self, protocol):
            raise TypeError("cannot pickle 'pickle.PickleBuffer' object")

    PickleBuffer.__module__ = "pickle"


# ---------------------------------------------------------------------------
# Opcodes.  One byte each; the comments give the argument layout.

MARK = b'('              # push a mark
STOP = b'.'              # end of pickle
POP = b'0'               # drop the top item
POP_MARK = b'1'          # drop everything down to the top mark
DUP = b'2'               # duplicate the top item
FLOAT = b'F'             # decimal text line
INT = b'I'               # decimal text line (I00/I01 are booleans)
BININT = b'J'            # 4-byte signed little-endian
BININT1 = b'K'           # 1-byte unsigned
LONG = b'L'              # decimal text line ending in L
BININT2 = b'M'           # 2-byte unsigned little-endian
NONE = b'N'
PERSID = b'P'            # persistent id as a text line
BINPERSID = b'Q'         # persistent id from the stack
REDUCE = b'R'            # callable(*args)
STRING = b'S'            # quoted, escaped 8-bit string line
BINSTRING = b'T'         # 4-byte length + 8-bit string
SHORT_BINSTRING = b'U'   # 1-byte length + 8-bit string
UNICODE = b'V'           # raw-unicode-escaped line
BINUNICODE = b'X'        # 4-byte length + UTF-8
APPEND = b'a'
BUILD = b'b'             # __setstate__ or __dict__ update
GLOBAL = b'c'            # module line + name line
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'          # 8-byte big-endian IEEE double

TRUE = b'I01\n'
FALSE = b'I00\n'

# protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'

# protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'

# protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'

# protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_SMALL_TUPLE_OPS = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)

_FRAME_TARGET = 64 * 1024      # a frame is closed once it reaches this size
_FRAME_MIN = 4                 # shorter frames are written without a header
_BATCH = 1000                  # items per APPENDS / SETITEMS / ADDITEMS


# ---------------------------------------------------------------------------
# Python 2 <-> Python 3 name translation (fix_imports, protocols 0-2).

_PY2_TO_PY3_MODULES = {
    "__builtin__": "builtins", "copy_reg": "copyreg", "Queue": "queue",
    "SocketServer": "socketserver", "ConfigParser": "configparser",
    "repr": "reprlib", "tkFileDialog": "tkinter.filedialog",
    "tkSimpleDialog": "tkinter.simpledialog",
    "tkColorChooser": "tkinter.colorchooser",
    "tkCommonDialog": "tkinter.commondialog", "Dialog": "tkinter.dialog",
    "Tkdnd": "tkinter.dnd", "tkFont": "tkinter.font",
    "tkMessageBox": "tkinter.messagebox",
    "ScrolledText": "tkinter.scrolledtext",
    "Tkconstants": "tkinter.constants", "Tix": "tkinter.tix",
    "ttk": "tkinter.ttk", "Tkinter": "tkinter", "markupbase": "_markupbase",
    "_winreg": "winreg", "thread": "_thread", "dummy_thread": "_dummy_thread",
    "dbhash": "dbm.bsd", "dumbdbm": "dbm.dumb", "dbm": "dbm.ndbm",
    "gdbm": "dbm.gnu", "xmlrpclib": "xmlrpc.client",
    "SimpleXMLRPCServer": "xmlrpc.server", "httplib": "http.client",
    "htmlentitydefs": "html.entities", "HTMLParser": "html.parser",
    "Cookie": "http.cookies", "cookielib": "http.cookiejar",
    "BaseHTTPServer": "http.server", "test.test_support": "test.support",
    "commands": "subprocess", "urlparse": "urllib.parse",
    "robotparser": "urllib.robotparser", "urllib2": "urllib.request",
    "anydbm": "dbm", "_abcoll": "collections.abc",
}
# Several old names collapsed into one new module; those only translate
# one way, when reading.
_PY2_ONLY_MODULES = {
    "cPickle": "pickle", "_elementtree": "xml.etree.ElementTree",
    "FileDialog": "tkinter.filedialog", "SimpleDialog": "tkinter.simpledialog",
    "DocXMLRPCServer": "xmlrpc.server", "SimpleHTTPServer": "http.server",
    "CGIHTTPServer": "http.server", "UserDict": "collections",
    "UserList": "collections", "UserString": "collections",
    "whichdb": "dbm", "StringIO": "io", "cStringIO": "io",
}

_PY3_TO_PY2_MODULES = {new: old for old, new in _PY2_TO_PY3_MODULES.items()}
_PY3_TO_PY2_MODULES.update({"_bz2": "bz2", "_dbm": "dbm", "_functools": "functools",
                            "_gdbm": "gdbm", "_pickle": "pickle"})
_PY2_TO_PY3_MODULES.update(_PY2_ONLY_MODULES)

_RENAMED = [
    (("__builtin__", "xrange"), ("builtins", "range")),
    (("__builtin__", "reduce"), ("functools", "reduce")),
    (("__builtin__", "intern"), ("sys", "intern")),
    (("__builtin__", "unichr"), ("builtins", "chr")),
    (("__builtin__", "unicode"), ("builtins", "str")),
    (("__builtin__", "long"), ("builtins", "int")),
    (("itertools", "izip"), ("builtins", "zip")),
    (("itertools", "imap"), ("builtins", "map")),
    (("itertools", "ifilter"), ("builtins", "filter")),
    (("itertools", "ifilterfalse"), ("itertools", "filterfalse")),
    (("itertools", "izip_longest"), ("itertools", "zip_longest")),
    (("UserDict", "IterableUserDict"), ("collections", "UserDict")),
    (("UserList", "UserList"), ("collections", "UserList")),
    (("UserString", "UserString"), ("collections", "UserString")),
    (("whichdb", "whichdb"), ("dbm", "whichdb")),
    (("_socket", "fromfd"), ("socket", "fromfd")),
    (("_multiprocessing", "Connection"), ("multiprocessing.connection", "Connection")),
    (("multiprocessing.process", "Process"), ("multiprocessing.context", "Process")),
    (("multiprocessing.forking", "Popen"), ("multiprocessing.popen_fork", "Popen")),
    (("urllib", "ContentTooShortError"), ("urllib.error", "ContentTooShortError")),
    (("urllib2", "HTTPError"), ("urllib.error", "HTTPError")),
    (("urllib2", "URLError"), ("urllib.error", "URLError")),
]
for _fn in ("getproxies", "pathname2url", "url2pathname", "urlcleanup",
            "urlretrieve", "urlopen"):
    _RENAMED.append((("urllib", _fn), ("urllib.request", _fn)))
for _fn in ("quote", "quote_plus", "unquote", "unquote_plus", "urlencode"):
    _RENAMED.append((("urllib", _fn), ("urllib.parse", _fn)))

_PY2_TO_PY3_NAMES = dict(_RENAMED)
_PY3_TO_PY2_NAMES = {new: old for old, new in _RENAMED}
_PY3_TO_PY2_NAMES[("_functools", "reduce")] = ("__builtin__", "reduce")

_OLD_EXCEPTIONS = (
    "ArithmeticError AssertionError AttributeError BaseException BufferError "
    "BytesWarning DeprecationWarning EOFError EnvironmentError Exception "
    "FloatingPointError FutureWarning GeneratorExit IOError ImportError "
    "ImportWarning IndentationError IndexError KeyError KeyboardInterrupt "
    "LookupError MemoryError NameError NotImplementedError OSError "
    "OverflowError PendingDeprecationWarning ReferenceError RuntimeError "
    "RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError "
    "SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError "
    "UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning "
    "UserWarning ValueError Warning ZeroDivisionError WindowsError").split()
for _exc in _OLD_EXCEPTIONS:
    _PY2_TO_PY3_NAMES[("exceptions", _exc)] = ("builtins", _exc)
    _PY3_TO_PY2_NAMES[("builtins", _exc)] = ("exceptions", _exc)
_PY2_TO_PY3_NAMES[("exceptions", "StandardError")] = ("builtins", "Exception")
_PY2_TO_PY3_NAMES[("__builtin__", "basestring")] = ("builtins", "str")
for _exc in ("BrokenPipeError ChildProcessError ConnectionAbortedError "
             "ConnectionError ConnectionRefusedError ConnectionResetError "
             "FileExistsError FileNotFoundError InterruptedError "
             "IsADirectoryError NotADirectoryError PermissionError "
             "ProcessLookupError TimeoutError").split():
    _PY3_TO_PY2_NAMES[("builtins", _exc)] = ("exceptions", "OSError")
_PY3_TO_PY2_NAMES[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
del _fn, _exc, _RENAMED


# ---------------------------------------------------------------------------
# Helpers shared by both directions.

def encode_long(x):
    """Two's complement little-endian bytes of x, as short as possible.

    >>> encode_long(255), encode_long(-1), encode_long(0)
    (b'\\xff\\x00', b'\\xff', b'')
    """
    if x == 0:
        return b''
    size = (x.bit_length() >> 3) + 1
    raw = x.to_bytes(size, 'little', signed=True)
    if x < 0 and size > 1 and raw[-1] == 0xff and raw[-2] & 0x80:
        raw = raw[:-1]
    return raw


def decode_long(data):
    """Inverse of encode_long."""
    return int.from_bytes(data, 'little', signed=True)


def _resolve_path(root, dotted):
    """Follow a dotted attribute path from root; returns (value, holder)."""
    holder = None
    value = root
    for part in dotted.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(dotted, root))
        holder = value
        value = getattr(value, part)
    return value, holder


def whichmodule(obj, name):
    """Name of the module that obj (known as name) can be imported from."""
    owner = getattr(obj, '__module__', None)
    if owner is not None:
        return owner
    for modname, module in sys.modules.copy().items():
        if modname in ('__main__', '__mp_main__') or module is None:
            continue
        try:
            if _resolve_path(module, name)[0] is obj:
                return modname
        except Exception:
            pass
    return '__main__'


_ESCAPED_IN_PROTO0 = frozenset('\\\0\n\r\x1a')


def _escape_unicode_line(text):
    """raw-unicode-escape, plus escapes for the characters that would break
    a protocol 0 text line."""
    if text.isascii() and not any(c in _ESCAPED_IN_PROTO0 for c in text):
        return text.encode('ascii')
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out.extend(('\\U%08x' % code).encode('ascii'))
        elif code >= 256 or ch in _ESCAPED_IN_PROTO0:
            out.extend(('\\u%04x' % code).encode('ascii'))
        else:
            out.append(code)
    return bytes(out)


def _unescape_unicode_line(data):
    """Decode raw-unicode-escape bytes (only \\uXXXX and \\UXXXXXXXX are
    escapes, and only after an odd run of backslashes)."""
    if b'\\' not in data:
        return data.decode('latin-1')
    pieces = []
    size = len(data)
    start = 0
    pos = 0
    while True:
        pos = data.find(b'\\', pos)
        if pos < 0:
            break
        run_end = pos
        while run_end < size and data[run_end] == 0x5c:
            run_end += 1
        if (run_end - pos) % 2 == 0 or run_end >= size or data[run_end] not in (0x75, 0x55):
            pos = run_end
            continue
        digits = 4 if data[run_end] == 0x75 else 8
        hex_part = data[run_end + 1:run_end + 1 + digits]
        esc_start = run_end - 1
        if len(hex_part) < digits or not all(c in b'0123456789abcdefABCDEF' for c in hex_part):
            kind = 'uXXXX' if digits == 4 else 'UXXXXXXXX'
            raise UnicodeDecodeError('rawunicodeescape', bytes(data), esc_start,
                                     min(run_end + 1 + digits, size),
                                     'truncated \\%s escape' % kind)
        code = int(hex_part.decode('ascii'), 16)
        if code > 0x10ffff:
            raise UnicodeDecodeError('rawunicodeescape', bytes(data), esc_start,
                                     run_end + 1 + digits, '\\Uxxxxxxxx out of range')
        pieces.append(data[start:esc_start].decode('latin-1'))
        pieces.append(chr(code))
        pos = start = run_end + 1 + digits
    pieces.append(data[start:].decode('latin-1'))
    return ''.join(pieces)


_SIMPLE_ESCAPES = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92,
                   ord("'"): 39, ord('"'): 34, ord('a'): 7, ord('b'): 8,
                   ord('f'): 12, ord('v'): 11}


def _unescape_string_literal(data):
    """Undo Python 2 string escapes (the STRING opcode's payload)."""
    if b'\\' not in data:
        return data
    out = bytearray()
    pos = 0
    size = len(data)
    while pos < size:
        ch = data[pos]
        pos += 1
        if ch != 0x5c:
            out.append(ch)
            continue
        if pos >= size:
            raise ValueError("Trailing \\ in string")
        ch = data[pos]
        pos += 1
        if ch in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[ch])
        elif ch == 0x0a:
            pass
        elif 0x30 <= ch <= 0x37:
            value = ch - 0x30
            for _ in range(2):
                if pos < size and 0x30 <= data[pos] <= 0x37:
                    value = value * 8 + data[pos] - 0x30
                    pos += 1
            out.append(value & 0xff)
        elif ch == 0x78:
            digits = data[pos:pos + 2]
            if len(digits) < 2 or not all(c in b'0123456789abcdefABCDEF' for c in digits):
                raise ValueError("invalid \\x escape at position %d" % (pos - 2))
            out.append(int(digits.decode('ascii'), 16))
            pos += 2
        else:
            out.append(0x5c)
            out.append(ch)
    return bytes(out)


def _type_label(obj):
    return type(obj).__name__


# ---------------------------------------------------------------------------
# Reductions for interpreters whose object model lacks __reduce_ex__.
# CPython never gets here: every object there has __reduce_ex__.

_NoneType = type(None)
_BUILTINS_OF_TYPES = int.__module__
_BUILTINS_OF_FUNCTIONS = len.__module__
_codecs_encode = None


def _latin1_encoder():
    global _codecs_encode
    if _codecs_encode is None:
        import _codecs
        _codecs_encode = _codecs.encode
    return _codecs_encode


def _builtin_core(cls):
    """The first class in cls's MRO implemented by the interpreter itself."""
    for klass in cls.__mro__:
        if getattr(klass, '__module__', None) == 'builtins':
            return klass
    return object


def _implicit_newargs(obj, core):
    if core is int:
        return (int(obj),)
    if core is float:
        return (float(obj),)
    if core is str:
        return (obj[:],)
    if core is bytes:
        return (bytes(obj),)
    if core is tuple:
        return (tuple(obj),)
    if core is complex:
        return (obj.real, obj.imag)
    return None


def _default_state(obj, cls):
    """What object.__getstate__ returns: __dict__ and/or the slot values."""
    attrs = getattr(obj, '__dict__', None)
    state = attrs if attrs else None
    names = _copyreg._slotnames(cls)
    if names:
        slots = {}
        for slot in names:
            try:
                slots[slot] = getattr(obj, slot)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _newobj_reduction(obj, cls, core, proto):
    """object.__reduce_ex__ for protocols 2 and up."""
    kwargs = None
    hook = getattr(obj, '__getnewargs_ex__', None)
    if hook is not None:
        pair = hook()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not %r"
                            % _type_label(pair))
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(pair))
        args, kwargs = pair
        if not isinstance(args, tuple) or args is None:
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            "must be a tuple, not %r" % _type_label(args))
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            "must be a dict, not %r" % _type_label(kwargs))
    else:
        hook = getattr(obj, '__getnewargs__', None)
        if hook is not None:
            args = hook()
            if not isinstance(args, tuple) or args is None:
                raise TypeError("__getnewargs__ should return a tuple, not %r"
                                % _type_label(args))
        else:
            args = _implicit_newargs(obj, core)
            if args is None:
                if core is not object and core is not list and core is not dict:
                    raise TypeError("cannot pickle %r object" % cls.__name__)
                args = ()
    getter = getattr(obj, '__getstate__', None)
    state = getter() if getter is not None else _default_state(obj, cls)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        if proto >= 4:
            return (_copyreg.__newobj_ex__, (cls, args, kwargs), state,
                    listitems, dictitems)
        maker = _partial(cls.__new__, cls, *args, **kwargs)
        return (maker, (), state, listitems, dictitems)
    return (_copyreg.__newobj__, (cls,) + args, state, listitems, dictitems)


def _fallback_reduction(obj, proto):
    """Stand-in for the __reduce_ex__ every CPython object inherits."""
    cls = type(obj)
    if cls is FunctionType:
        return obj.__qualname__
    if cls is _BuiltinFn or cls is _MethodDescr:
        owner = getattr(obj, '__self__', None)
        if owner is None or isinstance(owner, _ModuleType):
            # An unbound method of a built-in class comes back as
            # getattr(cls, name), the way method descriptors reduce.
            path = obj.__qualname__
            home = sys.modules.get(getattr(obj, '__module__', None) or 'builtins')
            if '.' in path and home is not None:
                try:
                    owner = _resolve_path(home, path)[1]
                except AttributeError:
                    return path
                return (getattr, (owner, obj.__name__))
            return path
        return (getattr, (owner, obj.__name__))
    if cls is _BoundMethod:
        return (getattr, (obj.__self__, obj.__func__.__name__))
    if cls is range or cls is slice:
        return (cls, (obj.start, obj.stop, obj.step))
    if obj is ... or obj is NotImplemented:
        return repr(obj)
    core = _builtin_core(cls)
    if isinstance(obj, BaseException):
        extra = getattr(obj, '__dict__', None)
        if extra:
            return (cls, obj.args, extra)
        return (cls, obj.args)
    if core is set or core is frozenset:
        return (cls, (list(obj),), getattr(obj, '__dict__', None) or None)
    if core is bytearray:
        if proto < 3:
            args = (obj.decode('latin-1'), 'latin-1')
        else:
            args = (bytes(obj),)
        return (cls, args, getattr(obj, '__dict__', None) or None)
    if proto < 2:
        return _copyreg._reduce_ex(obj, proto)
    return _newobj_reduction(obj, cls, core, proto)


_INT32 = 1 << 31
_NotImplementedType = type(NotImplemented)


def _pick_protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    protocol = _as_index(protocol)
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return HIGHEST_PROTOCOL if protocol < 0 else protocol


def _import_module(name):
    __import__(name, level=0)
    return sys.modules[name]


def _is_iterator(obj):
    return hasattr(type(obj), '__next__')


# ---------------------------------------------------------------------------
# Pickling

class _ChunkSink:
    """File stand-in used by dumps(): keeps what is written."""

    def __init__(self):
        self.chunks = []
        self.write = self.chunks.append


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        protocol = _pick_protocol(protocol)
        if protocol < 5 and buffer_callback is not None:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._sink = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = int(protocol >= 1)
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self._oob_hook = buffer_callback
        self.memo = {}
        self._out = bytearray()
        self._frame = None
        self._write = self._out.extend

    def clear_memo(self):
        """Forget which objects were already written."""
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj to the file."""
        if not hasattr(self, '_sink'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._pid_hook = getattr(self, 'persistent_id', None)
        self._override = getattr(self, 'reducer_override', None)
        table = getattr(self, 'dispatch_table', None)
        self._table = dispatch_table if table is None else table
        out = self._out
        del out[:]
        if self.proto >= 2:
            out.extend(PROTO + bytes((self.proto,)))
        if self.proto >= 4:
            self._frame = bytearray()
            self._write = self._frame.extend
        else:
            self._frame = None
            self._write = out.extend
        try:
            self.save(obj)
            self._write(STOP)
            if self._frame is not None:
                self._close_frame()
            self._sink(bytes(out))
        finally:
            del out[:]
            self._frame = None
            self._write = out.extend

    # -- output -----------------------------------------------------------

    def _close_frame(self):
        frame = self._frame
        size = len(frame)
        if size:
            out = self._out
            if size >= _FRAME_MIN:
                out.extend(FRAME)
                out.extend(_pack("<Q", size))
            out.extend(frame)
            del frame[:]

    def _write_large(self, header, payload):
        """Big payloads go outside frames, so readers need not copy them."""
        if self._frame is not None:
            self._close_frame()
            if len(self._out) >= _FRAME_TARGET:
                self._sink(bytes(self._out))
                del self._out[:]
            self._out.extend(header)
            self._sink(bytes(self._out))
            del self._out[:]
            self._sink(payload)
        else:
            self._write(header)
            self._write(payload)

    def _memo_put(self, obj):
        if self.fast:
            return
        memo = self.memo
        index = len(memo)
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif self.bin:
            if index < 256:
                self._write(BINPUT + bytes((index,)))
            else:
                self._write(LONG_BINPUT + _pack('<I', index))
        else:
            self._write(PUT + str(index).encode('ascii') + b'\n')
        memo[id(obj)] = index, obj

    # CPython's pure-Python pickler calls this memoize; keep the name usable.
    memoize = _memo_put

    def _memo_get(self, index):
        if self.bin:
            if index < 256:
                return BINGET + bytes((index,))
            return LONG_BINGET + _pack('<I', index)
        return GET + str(index).encode('ascii') + b'\n'

    # -- the dispatcher ----------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        frame = self._frame
        if frame is not None and len(frame) >= _FRAME_TARGET:
            self._close_frame()
            if len(self._out) >= _FRAME_TARGET:
                self._sink(bytes(self._out))
                del self._out[:]
        if save_persistent_id and self._pid_hook is not None:
            pid = self._pid_hook(obj)
            if pid is not None:
                self._save_pid(pid)
                return
        cls = type(obj)
        scalar = _SCALAR_SAVERS.get(cls)
        if scalar is not None:
            scalar(self, obj)
            return
        seen = self.memo.get(id(obj))
        if seen is not None:
            self._write(self._memo_get(seen[0]))
            return
        saver = _CONTAINER_SAVERS.get(cls)
        if saver is not None:
            saver(self, obj)
            return
        rv = NotImplemented
        if self._override is not None:
            rv = self._override(obj)
        if rv is NotImplemented:
            if cls is type:
                self._save_type(obj)
                return
            if cls is FunctionType:
                self.save_global(obj)
                return
            reducer = self._table.get(cls)
            if reducer is not None:
                rv = reducer(obj)
            elif issubclass(cls, type):
                self.save_global(obj)
                return
            else:
                method = getattr(obj, '__reduce_ex__', None)
                if method is not None:
                    rv = method(self.proto)
                else:
                    method = getattr(obj, '__reduce__', None)
                    if method is not None:
                        rv = method()
                    else:
                        rv = _fallback_reduction(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, name=rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _save_pid(self, pid):
        if self.bin:
            self.save(pid, False)
            self._write(BINPERSID)
        else:
            try:
                text = str(pid).encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
            self._write(PERSID + text + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if type(args) is not tuple and not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not _is_iterator(listitems):
            raise PicklingError("fourth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % _type_label(listitems))
        if dictitems is not None and not _is_iterator(dictitems):
            raise PicklingError("fifth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % _type_label(dictitems))
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ "
                                "must be a function, not %s" % _type_label(state_setter))
        save = self.save
        write = self._write
        proto = self.proto
        kind = getattr(func, '__name__', '') if proto >= 2 else ''
        if kind == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    "exactly 3, not %d" % len(args))
            cls, cargs, ckwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be "
                                    "a class, not %s" % _type_label(cls))
            if not isinstance(cargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be "
                                    "a tuple, not %s" % _type_label(cargs))
            if not isinstance(ckwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be "
                                    "a dict, not %s" % _type_label(ckwargs))
            if proto >= 4:
                save(cls)
                save(cargs)
                save(ckwargs)
                write(NEWOBJ_EX)
            else:
                save(_partial(cls.__new__, cls, *cargs, **ckwargs))
                save(())
                write(REDUCE)
        elif kind == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not getattr(obj, '__class__', None):
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            seen = self.memo.get(id(obj))
            if seen is not None:
                write(POP + self._memo_get(seen[0]))
            else:
                self._memo_put(obj)
        if listitems is not None:
            self._append_from_iter(listitems)
        if dictitems is None:
            pass
        else:
            self._setitems_from_iter(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- batched container bodies -------------------------------------------

    def _append_from_iter(self, items):
        save = self.save
        write = self._write
        if not self.bin:
            for item in items:
                save(item)
                write(APPEND)
            return
        while True:
            chunk = list(_islice(items, _BATCH))
            if len(chunk) > 1:
                write(MARK)
                for item in chunk:
                    save(item)
                write(APPENDS)
            elif chunk:
                save(chunk[0])
                write(APPEND)
            if len(chunk) < _BATCH:
                return

    def _setitems_from_iter(self, items):
        save = self.save
        write = self._write
        if not self.bin:
            for pair in items:
                if not isinstance(pair, tuple) or len(pair) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(pair[0])
                save(pair[1])
                write(SETITEM)
            return
        while True:
            chunk = list(_islice(items, _BATCH))
            for pair in chunk:
                if not isinstance(pair, tuple) or len(pair) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
            if len(chunk) > 1:
                write(MARK)
                for key, value in chunk:
                    save(key)
                    save(value)
                write(SETITEMS)
            elif chunk:
                save(chunk[0][0])
                save(chunk[0][1])
                write(SETITEM)
            if len(chunk) < _BATCH:
                return

    # -- globals -------------------------------------------------------------

    def save_global(self, obj, name=None):
        write = self._write
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = whichmodule(obj, name)
        if module_name == 'builtins':
            # Protocol 4 memoizes the module name string by identity; use
            # one string for built-in classes and one for built-in functions
            # (as CPython does) whatever the interpreter hands out.
            if isinstance(obj, _BuiltinFn):
                module_name = _BUILTINS_OF_FUNCTIONS
            else:
                module_name = _BUILTINS_OF_TYPES
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            module = _import_module(module_name)
        except (ImportError, KeyError, ValueError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            found, parent = _resolve_path(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        proto = self.proto
        if proto >= 2:
            code = _copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + _pack('<H', code))
                else:
                    write(EXT4 + _pack('<i', code))
                return
        last = name.rpartition('.')[2]
        if parent is module:
            name = last
        if proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif module is not parent:
            self.save_reduce(getattr, (parent, last))
        elif proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                key = (module_name, name)
                if key in _PY3_TO_PY2_NAMES:
                    module_name, name = _PY3_TO_PY2_NAMES[key]
                elif module_name in _PY3_TO_PY2_MODULES:
                    module_name = _PY3_TO_PY2_MODULES[module_name]
            try:
                line = GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n'
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (module_name, name, proto)) from None
            write(line)
        self._memo_put(obj)

    def _save_type(self, obj):
        if obj is _NoneType:
            self.save_reduce(type, (None,), obj=obj)
        elif obj is _NotImplementedType:
            self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            self.save_reduce(type, (...,), obj=obj)
        else:
            self.save_global(obj)


# Savers for exact built-in types, as plain functions (self, obj).

def _save_none(self, obj):
    self._write(NONE)


def _save_bool(self, obj):
    if self.proto >= 2:
        self._write(NEWTRUE if obj else NEWFALSE)
    else:
        self._write(TRUE if obj else FALSE)


def _save_int(self, obj):
    write = self._write
    if self.bin:
        if 0 <= obj <= 0xff:
            write(BININT1 + bytes((obj,)))
            return
        if 0 <= obj <= 0xffff:
            write(BININT2 + _pack('<H', obj))
            return
        if -_INT32 <= obj < _INT32:
            write(BININT + _pack('<i', obj))
            return
    if self.proto >= 2:
        body = encode_long(obj)
        size = len(body)
        if size < 256:
            write(LONG1 + bytes((size,)) + body)
        else:
            write(LONG4 + _pack('<i', size) + body)
        return
    if -_INT32 <= obj < _INT32:
        write(INT + str(obj).encode('ascii') + b'\n')
    else:
        write(LONG + str(obj).encode('ascii') + b'L\n')


def _save_float(self, obj):
    if self.bin:
        self._write(BINFLOAT + _pack('>d', obj))
    else:
        self._write(FLOAT + repr(obj).encode('ascii') + b'\n')


def _save_bytes_payload(self, data):
    size = len(data)
    if size <= 0xff:
        self._write(SHORT_BINBYTES + bytes((size,)) + data)
    elif size > 0xffffffff and self.proto >= 4:
        self._write_large(BINBYTES8 + _pack('<Q', size), data)
    elif size >= _FRAME_TARGET:
        self._write_large(BINBYTES + _pack('<I', size), data)
    else:
        self._write(BINBYTES + _pack('<I', size) + data)


def _save_bytes(self, obj):
    if self.proto < 3:
        if not obj:
            args = ()
            maker = bytes
        else:
            args = (obj.decode('latin-1'), 'latin1')
            maker = _latin1_encoder()
        self.save_reduce(maker, args, obj=obj)
        return
    _save_bytes_payload(self, obj)
    self._memo_put(obj)


def _save_bytearray_payload(self, data):
    size = len(data)
    if size >= _FRAME_TARGET:
        self._write_large(BYTEARRAY8 + _pack('<Q', size), data)
    else:
        self._write(BYTEARRAY8 + _pack('<Q', size) + data)


def _save_bytearray(self, obj):
    if self.proto < 5:
        self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
        return
    _save_bytearray_payload(self, bytes(obj))
    self._memo_put(obj)


def _save_str(self, obj):
    write = self._write
    if not self.bin:
        write(UNICODE + _escape_unicode_line(obj) + b'\n')
    else:
        data = obj.encode('utf-8', 'surrogatepass')
        size = len(data)
        if size <= 0xff and self.proto >= 4:
            write(SHORT_BINUNICODE + bytes((size,)) + data)
        elif size > 0xffffffff and self.proto >= 4:
            self._write_large(BINUNICODE8 + _pack('<Q', size), data)
        elif size >= _FRAME_TARGET:
            self._write_large(BINUNICODE + _pack('<I', size), data)
        else:
            write(BINUNICODE + _pack('<I', size) + data)
    self._memo_put(obj)


def _save_tuple(self, obj):
    write = self._write
    size = len(obj)
    if not size:
        write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
        return
    save = self.save
    memo = self.memo
    if size <= 3 and self.proto >= 2:
        for item in obj:
            save(item)
        seen = memo.get(id(obj))
        if seen is not None:
            write(POP * size + self._memo_get(seen[0]))
        else:
            write(_SMALL_TUPLE_OPS[size])
            self._memo_put(obj)
        return
    write(MARK)
    for item in obj:
        save(item)
    seen = memo.get(id(obj))
    if seen is not None:
        # The tuple was reached again through its own items and is already
        # on the memo: throw away what was built and fetch it instead.
        if self.bin:
            write(POP_MARK + self._memo_get(seen[0]))
        else:
            write(POP * (size + 1) + self._memo_get(seen[0]))
        return
    write(TUPLE)
    self._memo_put(obj)


def _save_list(self, obj):
    write = self._write
    write(EMPTY_LIST if self.bin else MARK + LIST)
    self._memo_put(obj)
    save = self.save
    if not self.bin:
        for item in obj:
            save(item)
            write(APPEND)
        return
    if len(obj) == 1:
        save(obj[0])
        write(APPEND)
        return
    start = 0
    while start < len(obj):
        stop = min(start + _BATCH, len(obj))
        write(MARK)
        for pos in range(start, stop):
            save(obj[pos])
        write(APPENDS)
        start = stop


def _save_dict(self, obj):
    write = self._write
    write(EMPTY_DICT if self.bin else MARK + DICT)
    self._memo_put(obj)
    save = self.save
    if not self.bin:
        for key, value in obj.items():
            save(key)
            save(value)
            write(SETITEM)
        return
    if len(obj) == 1:
        for key, value in obj.items():
            save(key)
            save(value)
        write(SETITEM)
        return
    if not obj:
        return
    # A full last batch is followed by an empty MARK/SETITEMS pair, as in
    # CPython's output.
    items = iter(obj.items())
    while True:
        write(MARK)
        count = 0
        for key, value in _islice(items, _BATCH):
            save(key)
            save(value)
            count += 1
        write(SETITEMS)
        if count < _BATCH:
            return


def _save_set(self, obj):
    if self.proto < 4:
        self.save_reduce(set, (list(obj),), None, obj=obj)
        return
    write = self._write
    write(EMPTY_SET)
    self._memo_put(obj)
    save = self.save
    if not obj:
        return
    members = iter(obj)
    while True:
        write(MARK)
        count = 0
        for item in _islice(members, _BATCH):
            save(item)
            count += 1
        write(ADDITEMS)
        if count < _BATCH:
            return


def _save_frozenset(self, obj):
    if self.proto < 4:
        self.save_reduce(frozenset, (list(obj),), None, obj=obj)
        return
    write = self._write
    write(MARK)
    for item in obj:
        self.save(item)
    seen = self.memo.get(id(obj))
    if seen is not None:
        write(POP_MARK + self._memo_get(seen[0]))
        return
    write(FROZENSET)
    self._memo_put(obj)


def _save_picklebuffer(self, obj):
    if self.proto < 5:
        raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
    view = obj.raw()
    if not getattr(view, 'contiguous', True):
        raise PicklingError("PickleBuffer can not be pickled when pointing to a "
                            "non-contiguous buffer")
    hook = self._oob_hook
    if hook is None or hook(obj):
        if view.readonly:
            _save_bytes_payload(self, view.tobytes())
        else:
            _save_bytearray_payload(self, view.tobytes())
        self._memo_put(obj)
    else:
        self._write(NEXT_BUFFER)
        if view.readonly:
            self._write(READONLY_BUFFER)


_SCALAR_SAVERS = {_NoneType: _save_none, bool: _save_bool, int: _save_int,
                  float: _save_float}
_CONTAINER_SAVERS = {str: _save_str, bytes: _save_bytes, bytearray: _save_bytearray,
                     tuple: _save_tuple, list: _save_list, dict: _save_dict,
                     set: _save_set, frozenset: _save_frozenset,
                     PickleBuffer: _save_picklebuffer}


# ---------------------------------------------------------------------------
# Unpickling

class _NoInput:
    @staticmethod
    def read(size=-1):
        return b''

    @staticmethod
    def readline(size=-1):
        return b''


class Unpickler:
    """Reads a pickle from a binary file and rebuilds the object."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        try:
            self._src_read = file.read
            self._src_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._oob = None if buffers is None else iter(buffers)
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = bool(fix_imports)
        self.memo = {}
        self.proto = 0
        self._buf = b''
        self._pos = 0
        self._from_memory = False

    # -- input -----------------------------------------------------------

    def _read(self, size):
        pos = self._pos
        end = pos + size
        buf = self._buf
        if end <= len(buf):
            self._pos = end
            return buf[pos:end]
        head = buf[pos:]
        self._buf = b''
        self._pos = 0
        if self._from_memory:
            raise UnpicklingError("pickle data was truncated")
        want = size - len(head)
        tail = self._src_read(want)
        if len(tail) < want:
            raise UnpicklingError("pickle data was truncated")
        return head + tail if head else tail

    def _readline(self):
        buf = self._buf
        pos = self._pos
        end = buf.find(b'\n', pos)
        if end >= 0:
            self._pos = end + 1
            return buf[pos:end + 1]
        head = buf[pos:]
        self._buf = b''
        self._pos = 0
        if self._from_memory:
            raise UnpicklingError("pickle data was truncated")
        line = head + self._src_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _next_opcode_slow(self):
        if not self._from_memory:
            data = self._src_read(1)
            if data:
                return data[0]
        raise EOFError("Ran out of input")

    def _start_frame(self, size):
        if self._from_memory:
            if self._pos + size > len(self._buf):
                raise UnpicklingError("pickle data was truncated")
            return
        data = self._src_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        left = self._buf[self._pos:]
        self._buf = left + data if left else data
        self._pos = 0

    # -- stack -----------------------------------------------------------

    def _underflow(self):
        if self._marks:
            return UnpicklingError("unexpected MARK found")
        return UnpicklingError("unpickling stack underflow")

    def _pop(self):
        stack = self._stack
        if stack:
            return stack.pop()
        raise self._underflow()

    def _top(self):
        stack = self._stack
        if stack:
            return stack[-1]
        raise self._underflow()

    def _pop_mark(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        items = self._stack
        self._stack = self._marks.pop()
        return items

    # -- driver ----------------------------------------------------------

    def load(self):
        """Read one pickle from the file and return the object it holds."""
        if not hasattr(self, '_src_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self._stack = []
        self._marks = []
        self.proto = 0
        ops = _LOAD_OPS
        try:
            while True:
                pos = self._pos
                if pos < len(self._buf):
                    code = self._buf[pos]
                    self._pos = pos + 1
                else:
                    code = self._next_opcode_slow()
                handler = ops[code]
                if handler is None:
                    if code == 0x2e:
                        break
                    raise UnpicklingError("invalid load key, %s." % _show_key(code))
                handler(self)
            return self._pop()
        finally:
            self._stack = self._marks = None

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        audit = getattr(sys, 'audit', None)
        if audit is not None:
            audit('pickle.find_class', module, name)
        if self.fix_imports and self.proto < 3:
            key = (module, name)
            if key in _PY2_TO_PY3_NAMES:
                module, name = _PY2_TO_PY3_NAMES[key]
            elif module in _PY2_TO_PY3_MODULES:
                module = _PY2_TO_PY3_MODULES[module]
        holder = _import_module(module)
        try:
            if self.proto >= 4:
                return _resolve_path(holder, name)[0]
            return getattr(holder, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, holder)) from None

    def _text(self, raw):
        encoding = self.encoding
        return raw if encoding == "bytes" else raw.decode(encoding, self.errors)


def _show_key(code):
    if 0x20 <= code < 0x7f:
        return "'%s'" % chr(code)
    return "'\\x%02x'" % code


# Opcode handlers: plain functions of the Unpickler, indexed by byte value.

_LOAD_OPS = [None] * 256


def _op(byte):
    def register(fn):
        _LOAD_OPS[byte[0]] = fn
        return fn
    return register


@_op(PROTO)
def _load_proto(u):
    version = u._read(1)[0]
    if version > HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % version)
    u.proto = version


@_op(FRAME)
def _load_frame(u):
    size = _unpack('<Q', u._read(8))[0]
    if size > sys.maxsize:
        raise ValueError("frame size > sys.maxsize: %d" % size)
    u._start_frame(size)


@_op(PERSID)
def _load_persid(u):
    raw = u._readline()[:-1]
    try:
        pid = raw.decode('ascii')
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
    u._stack.append(u.persistent_load(pid))


@_op(BINPERSID)
def _load_binpersid(u):
    pid = u._pop()
    u._stack.append(u.persistent_load(pid))


@_op(NONE)
def _load_none(u):
    u._stack.append(None)


@_op(NEWFALSE)
def _load_false(u):
    u._stack.append(False)


@_op(NEWTRUE)
def _load_true(u):
    u._stack.append(True)


def _c_style_int(text):
    """Integer parsing as C's strtol(base 0) does it."""
    body = text.strip()
    digits = body.lstrip('+-')
    try:
        if len(digits) > 1 and digits[0] == '0' and digits[1] not in 'xXoObB':
            value = int(digits, 8)
            return -value if body.startswith('-') else value
        return int(body, 0)
    except ValueError:
        raise ValueError("could not convert string to int") from None


@_op(INT)
def _load_int(u):
    line = u._readline()
    if line == b'00\n':
        value = False
    elif line == b'01\n':
        value = True
    else:
        value = _c_style_int(line.decode('latin-1'))
    u._stack.append(value)


@_op(BININT)
def _load_binint(u):
    u._stack.append(_unpack('<i', u._read(4))[0])


@_op(BININT1)
def _load_binint1(u):
    u._stack.append(u._read(1)[0])


@_op(BININT2)
def _load_binint2(u):
    u._stack.append(_unpack('<H', u._read(2))[0])


@_op(LONG)
def _load_long(u):
    line = u._readline()
    if line.endswith(b'L\n'):
        line = line[:-2]
    u._stack.append(int(line.decode('latin-1'), 10))


@_op(LONG1)
def _load_long1(u):
    size = u._read(1)[0]
    u._stack.append(decode_long(u._read(size)))


@_op(LONG4)
def _load_long4(u):
    size = _unpack('<i', u._read(4))[0]
    if size < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u._stack.append(decode_long(u._read(size)))


@_op(FLOAT)
def _load_float(u):
    text = u._readline().decode('latin-1')
    try:
        value = float(text)
    except ValueError:
        raise ValueError("could not convert string to float: '%s'" % text) from None
    u._stack.append(value)


@_op(BINFLOAT)
def _load_binfloat(u):
    u._stack.append(_unpack('>d', u._read(8))[0])


@_op(STRING)
def _load_string(u):
    body = u._readline()[:-1]
    if len(body) >= 2 and body[0] == body[-1] and body[0] in (0x22, 0x27):
        body = body[1:-1]
    else:
        raise UnpicklingError("the STRING opcode argument must be quoted")
    u._stack.append(u._text(_unescape_string_literal(body)))


@_op(BINSTRING)
def _load_binstring(u):
    size = _unpack('<I', u._read(4))[0]
    u._stack.append(u._text(u._read(size)))


@_op(SHORT_BINSTRING)
def _load_short_binstring(u):
    size = u._read(1)[0]
    u._stack.append(u._text(u._read(size)))


@_op(BINBYTES)
def _load_binbytes(u):
    size = _unpack('<I', u._read(4))[0]
    u._stack.append(bytes(u._read(size)))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(u):
    size = u._read(1)[0]
    u._stack.append(bytes(u._read(size)))


def _big_length(u, what):
    size = _unpack('<Q', u._read(8))[0]
    if size > sys.maxsize:
        raise UnpicklingError("%s exceeds system's maximum size of %d bytes"
                              % (what, sys.maxsize))
    return size


@_op(BINBYTES8)
def _load_binbytes8(u):
    u._stack.append(bytes(u._read(_big_length(u, 'BINBYTES8'))))


@_op(BYTEARRAY8)
def _load_bytearray8(u):
    u._stack.append(bytearray(u._read(_big_length(u, 'BYTEARRAY8'))))


@_op(UNICODE)
def _load_unicode(u):
    u._stack.append(_unescape_unicode_line(u._readline()[:-1]))


@_op(BINUNICODE)
def _load_binunicode(u):
    size = _unpack('<I', u._read(4))[0]
    u._stack.append(u._read(size).decode('utf-8', 'surrogatepass'))


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(u):
    size = u._read(1)[0]
    u._stack.append(u._read(size).decode('utf-8', 'surrogatepass'))


@_op(BINUNICODE8)
def _load_binunicode8(u):
    size = _big_length(u, 'BINUNICODE8')
    u._stack.append(u._read(size).decode('utf-8', 'surrogatepass'))


@_op(NEXT_BUFFER)
def _load_next_buffer(u):
    if u._oob is None:
        raise UnpicklingError("pickle stream refers to out-of-band data "
                              "but no *buffers* argument was given")
    try:
        buf = next(u._oob)
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None
    u._stack.append(buf)


@_op(READONLY_BUFFER)
def _load_readonly_buffer(u):
    buf = u._top()
    view = memoryview(buf)
    if not view.readonly:
        u._stack[-1] = view.toreadonly()


@_op(EMPTY_TUPLE)
def _load_empty_tuple(u):
    u._stack.append(())


@_op(TUPLE)
def _load_tuple(u):
    items = u._pop_mark()
    u._stack.append(tuple(items))


@_op(TUPLE1)
def _load_tuple1(u):
    item = u._pop()
    u._stack.append((item,))


@_op(TUPLE2)
def _load_tuple2(u):
    second = u._pop()
    first = u._pop()
    u._stack.append((first, second))


@_op(TUPLE3)
def _load_tuple3(u):
    third = u._pop()
    second = u._pop()
    first = u._pop()
    u._stack.append((first, second, third))


@_op(EMPTY_LIST)
def _load_empty_list(u):
    u._stack.append([])


@_op(EMPTY_DICT)
def _load_empty_dict(u):
    u._stack.append({})


@_op(EMPTY_SET)
def _load_empty_set(u):
    u._stack.append(set())


@_op(FROZENSET)
def _load_frozenset(u):
    items = u._pop_mark()
    u._stack.append(frozenset(items))


@_op(LIST)
def _load_list(u):
    items = u._pop_mark()
    u._stack.append(items)


@_op(DICT)
def _load_dict(u):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for DICT")
    u._stack.append({items[k]: items[k + 1] for k in range(0, len(items), 2)})


def _build_instance(u, klass, args):
    if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
        try:
            value = klass(*args)
        except TypeError as err:
            raise TypeError("in constructor for %s: %s"
                            % (klass.__name__, err)).with_traceback(err.__traceback__)
    else:
        value = klass.__new__(klass)  # no arguments: skip __init__
    u._stack.append(value)


@_op(INST)
def _load_inst(u):
    module = u._readline()[:-1].decode('ascii')
    name = u._readline()[:-1].decode('ascii')
    klass = u.find_class(module, name)
    _build_instance(u, klass, u._pop_mark())


@_op(OBJ)
def _load_obj(u):
    args = u._pop_mark()
    if not args:
        raise u._underflow()
    klass = args.pop(0)
    _build_instance(u, klass, args)


@_op(NEWOBJ)
def _load_newobj(u):
    args = u._pop()
    cls = u._pop()
    if type(args) is not tuple and not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ args argument must be a tuple, not %s" % _type_label(args))
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument must be a type, not %s" % _type_label(cls))
    u._stack.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(u):
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                              % _type_label(cls))
    if type(args) is not tuple and not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                              % _type_label(args))
    if not isinstance(kwargs, dict):
        raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                              % _type_label(kwargs))
    u._stack.append(cls.__new__(cls, *args, **kwargs))


@_op(GLOBAL)
def _load_global(u):
    module = u._readline()[:-1].decode('utf-8')
    name = u._readline()[:-1].decode('utf-8')
    u._stack.append(u.find_class(module, name))


@_op(STACK_GLOBAL)
def _load_stack_global(u):
    name = u._pop()
    module = u._pop()
    if not (type(module) is str and type(name) is str):
        raise UnpicklingError("STACK_GLOBAL requires str")
    u._stack.append(u.find_class(module, name))


def _load_extension(u, code):
    missing = []
    cached = _copyreg._extension_cache.get(code, missing)
    if cached is not missing:
        u._stack.append(cached)
        return
    key = _copyreg._inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        raise ValueError("unregistered extension code %d" % code)
    obj = u.find_class(*key)
    _copyreg._extension_cache[code] = obj
    u._stack.append(obj)


@_op(EXT1)
def _load_ext1(u):
    _load_extension(u, u._read(1)[0])


@_op(EXT2)
def _load_ext2(u):
    _load_extension(u, _unpack('<H', u._read(2))[0])


@_op(EXT4)
def _load_ext4(u):
    _load_extension(u, _unpack('<i', u._read(4))[0])


@_op(REDUCE)
def _load_reduce(u):
    args = u._pop()
    func = u._top()
    u._stack[-1] = func(*args)


@_op(POP)
def _load_pop(u):
    if u._stack:
        u._stack.pop()
    elif u._marks:
        u._pop_mark()
    else:
        raise u._underflow()


@_op(POP_MARK)
def _load_pop_mark(u):
    u._pop_mark()


@_op(DUP)
def _load_dup(u):
    u._stack.append(u._top())


def _memo_fetch(u, index):
    try:
        return u.memo[index]
    except KeyError:
        raise UnpicklingError("Memo value not found at index %d" % index) from None


@_op(GET)
def _load_get(u):
    index = int(u._readline().decode('latin-1'), 10)
    u._stack.append(_memo_fetch(u, index))


@_op(BINGET)
def _load_binget(u):
    u._stack.append(_memo_fetch(u, u._read(1)[0]))


@_op(LONG_BINGET)
def _load_long_binget(u):
    u._stack.append(_memo_fetch(u, _unpack('<I', u._read(4))[0]))


@_op(PUT)
def _load_put(u):
    index = int(u._readline().decode('latin-1'), 10)
    if index < 0:
        raise ValueError("negative PUT argument")
    u.memo[index] = u._top()


@_op(BINPUT)
def _load_binput(u):
    index = u._read(1)[0]
    u.memo[index] = u._top()


@_op(LONG_BINPUT)
def _load_long_binput(u):
    index = _unpack('<I', u._read(4))[0]
    if index > sys.maxsize:
        raise ValueError("negative LONG_BINPUT argument")
    u.memo[index] = u._top()


@_op(MEMOIZE)
def _load_memoize(u):
    u.memo[len(u.memo)] = u._top()


@_op(APPEND)
def _load_append(u):
    value = u._pop()
    u._top().append(value)


@_op(APPENDS)
def _load_appends(u):
    items = u._pop_mark()
    target = u._top()
    if type(target) is list:
        target.extend(items)
        return
    extend = getattr(target, 'extend', None)
    if extend is not None:
        extend(items)
        return
    add = target.append
    for item in items:
        add(item)


@_op(SETITEM)
def _load_setitem(u):
    value = u._pop()
    key = u._pop()
    u._top()[key] = value


@_op(SETITEMS)
def _load_setitems(u):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for SETITEMS")
    target = u._top()
    for k in range(0, len(items), 2):
        target[items[k]] = items[k + 1]


@_op(ADDITEMS)
def _load_additems(u):
    items = u._pop_mark()
    target = u._top()
    if isinstance(target, set):
        target.update(items)
        return
    add = target.add
    for item in items:
        add(item)


@_op(BUILD)
def _load_build(u):
    state = u._pop()
    inst = u._top()
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state[0], state[1]
    if state is not None:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        attrs = inst.__dict__
        if state:
            intern = sys.intern
            for key, value in state.items():
                if type(key) is str:
                    key = intern(key)
                attrs[key] = value
    if slotstate is not None:
        if not isinstance(slotstate, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for key, value in slotstate.items():
            setattr(inst, key, value)


@_op(MARK)
def _load_mark(u):
    u._marks.append(u._stack)
    u._stack = []


# ---------------------------------------------------------------------------
# Shorthands

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to the open binary file."""
    writer = Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)
    writer.dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickle of obj as a bytes object."""
    sink = _ChunkSink()
    writer = Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)
    writer.dump(obj)
    return b''.join(sink.chunks)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read one pickled object from the open binary file."""
    reader = Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                       encoding=encoding, errors=errors)
    return reader.load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Rebuild the object pickled in data (a bytes-like object)."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    reader = Unpickler(_NoInput, fix_imports=fix_imports, buffers=buffers,
                       encoding=encoding, errors=errors)
    reader._buf = data if type(data) is bytes else bytes(data)
    reader._from_memory = True
    return reader.load()


# Names other code sometimes reaches for.
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
_getattribute = _resolve_path
