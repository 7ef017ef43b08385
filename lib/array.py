"""Compact arrays of numbers and characters (Ferrython).

``array(typecode[, initializer])`` holds values of one C type, chosen by a
one-letter type code.  Item sizes follow x86-64 Linux:

    code  C type               size      code  C type                size
    'b'   signed char           1        'B'   unsigned char          1
    'u'   wchar_t (code point)  4        'h'   signed short           2
    'H'   unsigned short        2        'i'   signed int             4
    'I'   unsigned int          4        'l'   signed long            8
    'L'   unsigned long         8        'q'   signed long long       8
    'Q'   unsigned long long    8        'f'   float                  4
    'd'   double                8

Values are kept as Python objects and converted to machine layout (native,
little-endian) only by tobytes()/tofile(); range checks happen on every
store, with the messages CPython uses.
"""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

import sys as _sys
from struct import pack as _pack, unpack as _unpack
from operator import index as _index
from math import copysign as _copysign, inf as _inf

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_BAD_TYPECODE = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"

_C_LONG_MIN = -(1 << 63)
_C_LONG_MAX = (1 << 63) - 1
_C_ULONG_MAX = (1 << 64) - 1


# -- per-type-code store conversions ---------------------------------------

def _as_c_long(value):
    number = _index(value)
    if not _C_LONG_MIN <= number <= _C_LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return number


def _bounded(number, low, high, what):
    if number > high:
        raise OverflowError("%s is greater than maximum" % what)
    if number < low:
        raise OverflowError("%s is less than minimum" % what)
    return number


def _store_b(value):
    # parsed as a C short first, then narrowed to a char
    number = _bounded(_as_c_long(value), -32768, 32767, "signed short integer")
    return _bounded(number, -128, 127, "signed char")


def _store_B(value):
    return _bounded(_as_c_long(value), 0, 255, "unsigned byte integer")


def _store_h(value):
    return _bounded(_as_c_long(value), -32768, 32767, "signed short integer")


def _store_H(value):
    # parsed as a C int first, then narrowed
    number = _bounded(_as_c_long(value), -(1 << 31), (1 << 31) - 1, "signed integer")
    return _bounded(number, 0, 65535, "unsigned short")


def _store_i(value):
    return _bounded(_as_c_long(value), -(1 << 31), (1 << 31) - 1, "signed integer")


def _as_c_ulong(value):
    number = _index(value)
    if number < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if number > _C_ULONG_MAX:
        raise OverflowError("Python int too large to convert to C unsigned long")
    return number


def _store_I(value):
    number = _as_c_ulong(value)
    if number > 0xffffffff:
        raise OverflowError("unsigned int is greater than maximum")
    return number


def _store_l(value):
    return _as_c_long(value)


def _store_L(value):
    return _as_c_ulong(value)


def _store_q(value):
    number = _index(value)
    if not _C_LONG_MIN <= number <= _C_LONG_MAX:
        raise OverflowError("int too big to convert")
    return number


def _store_Q(value):
    number = _index(value)
    if number < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if number > _C_ULONG_MAX:
        raise OverflowError("int too big to convert")
    return number


def _real(value):
    kind = type(value)
    if kind is float:
        return value
    if kind is int or kind is bool:
        return float(value)
    if kind is not complex:
        if hasattr(kind, '__float__'):
            return float(value)
        if hasattr(kind, '__index__'):
            return float(_index(value))
    raise TypeError("must be real number, not %s" % kind.__name__)


def _store_d(value):
    return _real(value)


def _store_f(value):
    number = _real(value)
    try:
        return _unpack('<f', _pack('<f', number))[0]
    except OverflowError:
        # C's (float) cast saturates to infinity
        return _copysign(_inf, number)


def _store_u(value):
    if isinstance(value, str) and len(value) == 1:
        return ord(value)
    raise TypeError("array item must be unicode character")


# type code -> (item size, struct letter, store function, machine format code)
_LAYOUT = {
    'b': (1, 'b', _store_b, 1),
    'B': (1, 'B', _store_B, 0),
    'u': (4, 'I', _store_u, 20),
    'h': (2, 'h', _store_h, 4),
    'H': (2, 'H', _store_H, 2),
    'i': (4, 'i', _store_i, 8),
    'I': (4, 'I', _store_I, 6),
    'l': (8, 'q', _store_l, 12),
    'L': (8, 'Q', _store_L, 10),
    'q': (8, 'q', _store_q, 12),
    'Q': (8, 'Q', _store_Q, 10),
    'f': (4, 'f', _store_f, 14),
    'd': (8, 'd', _store_d, 16),
}


def _char_of(code):
    if 0 <= code <= 0x10ffff:
        return chr(code)
    raise ValueError("character U+%x is not in range [U+0000; U+10ffff]" % code)


def _text_of(codes):
    try:
        return ''.join(map(chr, codes))
    except (ValueError, OverflowError):
        for code in codes:
            _char_of(code)
        raise


def _slice_bound(value):
    try:
        return _index(value)
    except TypeError:
        raise TypeError("slice indices must be integers or have an __index__ method") from None


class _ReadOnly:
    """Data descriptor whose assignment fails the way C getsets do."""

    def __init__(self, getter, name):
        self._getter = getter
        self._name = name
        self.__doc__ = getter.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self._getter(obj)

    def __set__(self, obj, value):
        raise AttributeError("attribute '%s' of 'array.array' objects is not writable"
                             % self._name)

    def __delete__(self, obj):
        self.__set__(obj, None)


class _ArrayIterator:
    __slots__ = ('_owner', '_pos')

    def __init__(self, owner):
        self._owner = owner
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        owner = self._owner
        if owner is not None:
            pos = self._pos
            if pos < len(owner._items):
                self._pos = pos + 1
                return owner._fetch(pos)
            self._owner = None
        raise StopIteration


_ArrayIterator.__name__ = _ArrayIterator.__qualname__ = 'arrayiterator'

_MISSING = object()


class array:
    """array(typecode[, initializer]) -> array

    A sequence of values that all have the C type named by typecode; the
    optional initializer may be a list, bytes-like object, str (for 'u'),
    another array or any iterable of suitable values.
    """
    __tp_name__ = 'array.array'   # the C type's name CPython shows in messages

    __slots__ = ('_code', '_items', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError("array.array() takes no keyword arguments")
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError("array() takes at most 2 arguments (%d given)" % len(args))
        code = args[0]
        if not isinstance(code, str) or len(code) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(code).__name__)
        source = args[1] if len(args) == 2 else _MISSING
        if code != 'u':
            if isinstance(source, str):
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % code)
            if isinstance(source, array) and source._code == 'u':
                raise TypeError("cannot use a unicode array to initialize an array "
                                "with typecode '%s'" % code)
        if code not in _LAYOUT:
            raise ValueError(_BAD_TYPECODE)
        self = object.__new__(cls)
        self._code = code
        self._items = []
        if source is _MISSING:
            return self
        if isinstance(source, (bytes, bytearray, memoryview)):
            self.frombytes(source)
        elif isinstance(source, str):
            self._items = [ord(ch) for ch in source]
        elif isinstance(source, array) and source._code == 'u' and code == 'u':
            self._items = list(source._items)
        else:
            if isinstance(source, array):
                source = source.tolist()
            store = _LAYOUT[code][2]
            self._items = [store(item) for item in source]
        return self

    def __init__(self, *args, **kwargs):
        pass

    # -- reading items ----------------------------------------------------

    def _fetch(self, pos):
        value = self._items[pos]
        if self._code == 'u':
            return chr(value)
        return value

    def _values(self):
        if self._code == 'u':
            return [chr(code) for code in self._items]
        return list(self._items)

    def _spawn(self, items):
        fresh = object.__new__(array)
        fresh._code = self._code
        fresh._items = items
        return fresh

    @property
    def _itemsize(self):
        return _LAYOUT[self._code][0]

    typecode = _ReadOnly(lambda self: self._code, 'typecode')
    itemsize = _ReadOnly(lambda self: _LAYOUT[self._code][0], 'itemsize')

    # -- sequence protocol ------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return _ArrayIterator(self)

    def __contains__(self, value):
        for pos in range(len(self._items)):
            if self._fetch(pos) == value:
                return True
        return False

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._spawn(self._items[key])
        try:
            pos = _index(key)
        except TypeError:
            raise TypeError("array indices must be integers") from None
        size = len(self._items)
        if pos < 0:
            pos += size
        if not 0 <= pos < size:
            raise IndexError("array index out of range")
        return self._fetch(pos)

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            replacement = list(value._items)
            start, stop, step = key.indices(len(self._items))
            if step != 1:
                wanted = len(range(start, stop, step))
                if len(replacement) != wanted:
                    raise ValueError("attempt to assign array of size %d to extended "
                                     "slice of size %d" % (len(replacement), wanted))
            self._items[key] = replacement
            return
        try:
            pos = _index(key)
        except TypeError:
            raise TypeError("array indices must be integers") from None
        size = len(self._items)
        if pos < 0:
            pos += size
        if not 0 <= pos < size:
            raise IndexError("array assignment index out of range")
        self._items[pos] = _LAYOUT[self._code][2](value)

    def __delitem__(self, key):
        if isinstance(key, slice):
            del self._items[key]
            return
        try:
            pos = _index(key)
        except TypeError:
            raise TypeError("array indices must be integers") from None
        size = len(self._items)
        if pos < 0:
            pos += size
        if not 0 <= pos < size:
            raise IndexError("array assignment index out of range")
        del self._items[pos]

    # -- arithmetic ---------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return self._spawn(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, count):
        if not hasattr(type(count), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(count).__name__)
        return self._spawn(self._items * _index(count))

    __rmul__ = __mul__

    def __imul__(self, count):
        self._items *= _index(count)
        return self

    # -- comparisons ----------------------------------------------------------

    def _order(self, other, decide):
        if not isinstance(other, array):
            return NotImplemented
        mine = self._values()
        theirs = other._values()
        for left, right in zip(mine, theirs):
            if not left == right:
                return decide(left, right)
        return decide(len(mine), len(theirs))

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if len(self._items) != len(other._items):
            return False
        return self._order(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if len(self._items) != len(other._items):
            return True
        return self._order(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._order(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._order(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._order(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._order(other, lambda a, b: a >= b)

    __hash__ = None

    # -- list-like methods ---------------------------------------------------

    def append(self, *v):
        """Append a new item v to the end of the array."""
        if len(v) != 1:
            raise TypeError("array.append() takes exactly one argument (%d given)" % len(v))
        self._items.append(_LAYOUT[self._code][2](v[0]))

    def extend(self, bb):
        """Append the items of an iterable (or of an array of the same type)."""
        if isinstance(bb, array):
            if bb._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(list(bb._items))
            return
        store = _LAYOUT[self._code][2]
        push = self._items.append
        for item in bb:
            push(store(item))

    def insert(self, *args):
        """insert(i, v): insert v before position i."""
        if len(args) != 2:
            raise TypeError("insert expected 2 arguments, got %d" % len(args))
        where = _index(args[0])
        self._items.insert(where, _LAYOUT[self._code][2](args[1]))

    def pop(self, i=-1):
        """Remove and return item i (the last one by default)."""
        where = _index(i)
        size = len(self._items)
        if not size:
            raise IndexError("pop from empty array")
        if where < 0:
            where += size
        if not 0 <= where < size:
            raise IndexError("pop index out of range")
        value = self._fetch(where)
        del self._items[where]
        return value

    def remove(self, v):
        """Remove the first item equal to v."""
        for pos in range(len(self._items)):
            if self._fetch(pos) == v:
                del self._items[pos]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=_sys.maxsize):
        """Position of the first item equal to v within [start, stop)."""
        size = len(self._items)
        first, last, _ = slice(_slice_bound(start), _slice_bound(stop)).indices(size)
        for pos in range(first, last):
            if self._fetch(pos) == v:
                return pos
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        """Number of items equal to v."""
        hits = 0
        for pos in range(len(self._items)):
            if self._fetch(pos) == v:
                hits += 1
        return hits

    def reverse(self):
        """Reverse the order of the items in place."""
        self._items.reverse()

    def byteswap(self, *extra):
        """Swap the byte order of every item (for other-endian data)."""
        if extra:
            raise TypeError("array.byteswap() takes no arguments (%d given)" % len(extra))
        size, letter = _LAYOUT[self._code][:2]
        if not self._items or size == 1:
            return
        raw = _pack('<%d%s' % (len(self._items), letter), *self._items)
        flipped = bytearray(len(raw))
        for offset in range(size):
            flipped[offset::size] = raw[size - 1 - offset::size]
        self._items = list(_unpack('<%d%s' % (len(self._items), letter), bytes(flipped)))

    def buffer_info(self):
        """(address, length) of the storage; the address is only an identifier."""
        return (id(self._items), len(self._items))

    # -- conversions --------------------------------------------------------

    def tobytes(self):
        """The items in machine representation."""
        items = self._items
        if not items:
            return b''
        return _pack('<%d%s' % (len(items), _LAYOUT[self._code][1]), *items)

    def frombytes(self, buffer):
        """Append items read from a bytes-like object in machine layout."""
        if isinstance(buffer, bytes):
            data = buffer
        elif isinstance(buffer, array):
            # only byte-sized items form a plain byte buffer
            if buffer._code not in 'bB':
                raise TypeError("a bytes-like object is required")
            data = buffer.tobytes()
        elif isinstance(buffer, (bytearray, memoryview)):
            data = bytes(buffer)
        else:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(buffer).__name__)
        size, letter = _LAYOUT[self._code][:2]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if data:
            self._items.extend(_unpack('<%d%s' % (len(data) // size, letter), data))

    def tolist(self):
        """The items as an ordinary list."""
        return self._values()

    def fromlist(self, list):
        """Append the items of a list (all of them, or none on error)."""
        if not isinstance(list, type([])):
            raise TypeError("arg must be list")
        store = _LAYOUT[self._code][2]
        converted = [store(item) for item in list]
        self._items.extend(converted)

    def tounicode(self):
        """The characters of a 'u' array as a str."""
        if self._code != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return _text_of(self._items)

    def fromunicode(self, ustr):
        """Append the characters of a str to a 'u' array."""
        if not isinstance(ustr, str):
            raise TypeError("fromunicode() argument must be str, not %s"
                            % type(ustr).__name__)
        if self._code != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(ord(ch) for ch in ustr)

    def tofile(self, f):
        """Write the machine representation to a binary file."""
        data = self.tobytes()
        block = 64 * 1024
        for start in range(0, len(data), block):
            f.write(data[start:start + block])

    def fromfile(self, f, n):
        """Read n items (machine representation) from a binary file."""
        count = _index(n)
        if count < 0:
            raise ValueError("negative count")
        wanted = count * _LAYOUT[self._code][0]
        data = f.read(wanted)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(data)
        if len(data) != wanted:
            raise EOFError("read() didn't return enough bytes")

    # -- representation and copying ----------------------------------------

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s(%r)" % (name, self._code)
        if self._code == 'u':
            return "%s(%r, %r)" % (name, self._code, self.tounicode())
        return "%s(%r, %r)" % (name, self._code, self._items)

    def __copy__(self):
        return self._spawn(list(self._items))

    def __deepcopy__(self, memo):
        return self._spawn(list(self._items))

    def __bytes__(self):
        return self.tobytes()

    def __buffer__(self, flags):
        # A snapshot: writes through the view do not reach the array.
        view = memoryview(self.tobytes())
        return view.cast('I' if self._code == 'u' else self._code)

    def __reduce__(self):
        raise TypeError("cannot pickle 'array' object")

    def __reduce_ex__(self, protocol):
        if not isinstance(protocol, int):
            raise TypeError("__reduce_ex__ argument should be an integer")
        state = getattr(self, '__dict__', None)
        cls = type(self)
        if protocol < 3:
            return (cls, (self._code, self.tolist()), state)
        fmt = _LAYOUT[self._code][3]
        return (_array_reconstructor, (cls, self._code, fmt, self.tobytes()), state)

    try:
        from types import GenericAlias as _alias
        __class_getitem__ = classmethod(_alias)
        del _alias
    except ImportError:
        pass


# CPython's C type and C function report equal but distinct module-name
# strings; pickle (protocol 4+) memoizes strings by identity, so keep them
# distinct too for byte-identical pickles.
array.__module__ = ''.join(('arr', 'ay'))
array.__qualname__ = ''.join(('ar', 'ray'))
ArrayType = array


# -- unpickling helper ---------------------------------------------------------
# Machine format codes, as stored in protocol 3+ pickles:
# code -> (kind, item size, signed, big-endian)

_INTEGER_FORMATS = {
    0: (1, False, False), 1: (1, True, False),
    2: (2, False, False), 3: (2, False, True), 4: (2, True, False), 5: (2, True, True),
    6: (4, False, False), 7: (4, False, True), 8: (4, True, False), 9: (4, True, True),
    10: (8, False, False), 11: (8, False, True), 12: (8, True, False), 13: (8, True, True),
}
_INTEGER_CODES = {(1, False): 'B', (1, True): 'b', (2, False): 'H', (2, True): 'h',
                  (4, False): 'I', (4, True): 'i', (8, False): 'Q', (8, True): 'q'}
_FLOAT_FORMATS = {14: '<f', 15: '>f', 16: '<d', 17: '>d'}


def _decode_wide(data, width, order):
    chars = []
    pos = 0
    size = len(data)
    label = 'utf-%d-%s' % (width * 8, 'be' if order == 'big' else 'le')
    while pos + width <= size:
        unit = int.from_bytes(data[pos:pos + width], order)
        if width == 2 and 0xd800 <= unit < 0xdc00 and pos + 4 <= size:
            low = int.from_bytes(data[pos + 2:pos + 4], order)
            if 0xdc00 <= low < 0xe000:
                chars.append(chr(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)))
                pos += 4
                continue
        if unit > 0x10ffff:
            raise UnicodeDecodeError(label, bytes(data), pos, pos + width,
                                     'code point not in range(0x110000)')
        chars.append(chr(unit))
        pos += width
    if pos != size:
        raise UnicodeDecodeError(label, bytes(data), pos, size, 'truncated data')
    return ''.join(chars)


def _array_reconstructor(arraytype, typecode, mformat_code, items):
    """Rebuild an array from the machine-independent form pickles use."""
    if not isinstance(arraytype, type):
        raise TypeError("first argument must be a type object, not %s"
                        % type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError("%s is not a subtype of array.array" % arraytype.__name__)
    if not isinstance(typecode, str) or typecode not in _LAYOUT:
        raise ValueError("second argument must be a valid type code")
    if not isinstance(mformat_code, int) or not 0 <= mformat_code <= 21:
        raise ValueError("third argument must be a valid machine format code.")
    if not isinstance(items, bytes):
        raise TypeError("fourth argument should be bytes, not %s" % type(items).__name__)
    if mformat_code == _LAYOUT[typecode][3]:
        return arraytype(typecode, items)
    if mformat_code in _INTEGER_FORMATS:
        width, signed, big = _INTEGER_FORMATS[mformat_code]
        if len(items) % width:
            raise ValueError("string length not a multiple of item size")
        order = 'big' if big else 'little'
        values = [int.from_bytes(items[pos:pos + width], order, signed=signed)
                  for pos in range(0, len(items), width)]
        return arraytype(_INTEGER_CODES[(width, signed)], values)
    if mformat_code in _FLOAT_FORMATS:
        fmt = _FLOAT_FORMATS[mformat_code]
        width = 4 if fmt[1] == 'f' else 8
        if len(items) % width:
            raise ValueError("string length not a multiple of item size")
        values = list(_unpack('%s%d%s' % (fmt[0], len(items) // width, fmt[1]), items))
        return arraytype(typecode, values)
    width = 2 if mformat_code in (18, 19) else 4
    # CPython checks these lengths against twice the code-unit size
    if len(items) % (2 * width):
        raise ValueError("string length not a multiple of item size")
    order = 'big' if mformat_code in (19, 21) else 'little'
    return arraytype(typecode, _decode_wide(items, width, order))


_array_reconstructor.__module__ = 'array'
