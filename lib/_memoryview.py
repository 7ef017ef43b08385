"""`memoryview` over bytes and bytearray (one-dimensional, unsigned bytes), loaded on first
use of the builtin name. Views share the underlying object: writes through a view of a
bytearray change the bytearray."""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True


class memoryview:
    __abc_tpflags__ = 1 << 5  # a sequence for `match`
    __slots__ = ("_obj", "_start", "_stop", "_step", "_released", "_fmt", "__weakref__")

    def __init__(self, obj):
        if isinstance(obj, memoryview):
            obj._check()
            self._obj, self._start, self._stop, self._step = (
                obj._obj, obj._start, obj._stop, obj._step)
        elif isinstance(obj, (bytes, bytearray)):
            self._obj, self._start, self._stop, self._step = obj, 0, len(obj), 1
        else:
            raise TypeError("memoryview: a bytes-like object is required, not "
                            f"'{type(obj).__name__}'")
        self._released = False
        self._fmt = "B"

    # -- helpers --

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    def _indices(self):
        return range(self._start, self._stop, self._step)

    def _data(self):
        self._check()
        return bytes(self._obj[self._start:self._stop:self._step])

    def _item(self, b):
        return bytes([b]) if self._fmt == "c" else b

    # -- sequence protocol --

    def __len__(self):
        self._check()
        return len(self._indices())

    def __getitem__(self, key):
        self._check()
        where = self._indices()
        if isinstance(key, slice):
            view = memoryview(self)
            sub = where[key]
            view._start, view._stop, view._step = sub.start, sub.stop, sub.step
            view._fmt = self._fmt
            return view
        if isinstance(key, tuple):
            raise TypeError("memoryview: invalid slice key")
        try:
            i = key.__index__()
        except AttributeError:
            raise TypeError("memoryview: invalid slice key") from None
        try:
            return self._item(self._obj[where[i]])
        except IndexError:
            raise IndexError("index out of bounds on dimension 1") from None

    def __setitem__(self, key, value):
        self._check()
        if self.readonly:
            raise TypeError("cannot modify read-only memory")
        where = self._indices()
        if isinstance(key, slice):
            targets = where[key]
            data = bytes(value)
            if len(data) != len(targets):
                raise ValueError("memoryview assignment: lvalue and rvalue have different "
                                 "structures")
            for i, b in zip(targets, data):
                self._obj[i] = b
            return
        i = key.__index__()
        try:
            pos = where[i]
        except IndexError:
            raise IndexError("index out of bounds on dimension 1") from None
        if not isinstance(value, int) or not 0 <= value < 256:
            raise TypeError("memoryview: invalid type for format 'B'")
        self._obj[pos] = value

    def __iter__(self):
        self._check()
        return iter([self._item(self._obj[i]) for i in self._indices()])

    # -- comparisons and hashing --

    def __eq__(self, other):
        if self._released:
            return self is other
        if isinstance(other, (bytes, bytearray, memoryview)):
            return self._data() == bytes(other)
        return NotImplemented

    def __hash__(self):
        self._check()
        if not self.readonly:
            raise ValueError("cannot hash writable memoryview object")
        return hash(self._data())

    # -- conversions --

    def __bytes__(self):
        return self._data()

    def tobytes(self, order="C"):
        return self._data()

    def tolist(self):
        return [self._item(b) for b in self._data()]

    def hex(self, *args):
        return self._data().hex(*args)

    def toreadonly(self):
        view = memoryview(bytes(self._data()))
        return view

    def cast(self, format, shape=None):
        self._check()
        if format not in ("B", "c", "b"):
            raise NotImplementedError(f"memoryview.cast() to {format!r} is not supported "
                                      "by ferrython")
        view = memoryview(self)
        view._fmt = format
        return view

    def release(self):
        self._released = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    # -- attributes --

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def readonly(self):
        self._check()
        return isinstance(self._obj, bytes)

    @property
    def nbytes(self):
        return len(self)

    @property
    def itemsize(self):
        self._check()
        return 1

    @property
    def format(self):
        self._check()
        return self._fmt

    @property
    def ndim(self):
        self._check()
        return 1

    @property
    def shape(self):
        return (len(self),)

    @property
    def strides(self):
        self._check()
        return (self._step,)

    @property
    def contiguous(self):
        self._check()
        return self._step == 1

    c_contiguous = f_contiguous = contiguous

    @property
    def released(self):
        return self._released

    def __repr__(self):
        state = "released memory" if self._released else "memory"
        return f"<{state} at {hex(id(self))}>"


memoryview.__module__ = "builtins"
