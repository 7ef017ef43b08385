"""The named-tuple records `sys.float_info`, `sys.int_info` and `sys.hash_info`."""


class _Record(tuple):
    __slots__ = ()
    _name = ""
    _fields = ()

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        try:
            return self[type(self)._fields.index(name)]
        except ValueError:
            raise AttributeError(f"'{self._name}' object has no attribute '{name}'") from None

    def __repr__(self):
        parts = ", ".join(f"{f}={v!r}" for f, v in zip(self._fields, self))
        return f"{self._name}({parts})"

    def __reduce__(self):
        return (type(self), tuple(self))


def _record(name, fields):
    return type(name.rpartition(".")[2], (_Record,), {"__slots__": (), "_name": name, "_fields": tuple(fields.split())})


float_info = _record(
    "sys.float_info",
    "max max_exp max_10_exp min min_exp min_10_exp dig mant_dig epsilon radix rounds",
)(1.7976931348623157e308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
  2.220446049250313e-16, 2, 1)

int_info = _record(
    "sys.int_info",
    "bits_per_digit sizeof_digit default_max_str_digits str_digits_check_threshold",
)(30, 4, 4300, 640)

hash_info = _record(
    "sys.hash_info",
    "width modulus inf nan imag algorithm hash_bits seed_bits cutoff",
)(64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0)

version_info = _record(
    "sys.version_info", "major minor micro releaselevel serial",
)(3, 12, 1, "final", 0)

flags = _record(
    "sys.flags",
    "debug inspect interactive optimize dont_write_bytecode no_user_site no_site "
    "ignore_environment verbose bytes_warning quiet hash_randomization isolated "
    "dev_mode utf8_mode warn_default_encoding safe_path int_max_str_digits",
)(0, 0, 0, 0 if __debug__ else 1, 0, 0, 0, 0, 0, 0, 0,
  0 if __import__("os").environ.get("PYTHONHASHSEED", "random") == "0" else 1,
  0, False, 0, 0, False, -1)


class _Implementation:
    """`sys.implementation`: which Python implementation this is. `cache_tag` is None
    because Ferrython writes no bytecode cache files."""

    def __init__(self, **fields):
        vars(self).update(fields)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"namespace({inner})"


implementation = _Implementation(
    name="ferrython", cache_tag=None, version=version_info, hexversion=0x030C01F0,
    _multiarch="x86_64-linux-gnu",
)


def _dict_table_size(n):
    size = 8
    while size * 2 // 3 < n:
        size *= 2
    return size


def _set_table_size(n):
    size = 8
    for k in range(1, n + 1):
        if k * 5 >= (size - 1) * 3:
            want = k * 4
            size = 8
            while size <= want:
                size *= 2
    return size


def getsizeof(obj, default=None):
    """The size in bytes CPython 3.12 (64-bit) reports for an object like `obj`: exact for
    numbers, strings, bytes, tuples, dicts and sets; lists are sized as if built at their
    current length."""
    hook = getattr(type(obj), '__sizeof__', None)
    if hook is not None and type(obj).__module__ != 'builtins' and \
            getattr(hook, '__qualname__', '').split('.')[0] not in ('object', 'int', 'str'):
        size = hook(obj)
        if not isinstance(size, int):
            raise TypeError("an integer is required")
        if size < 0:
            raise ValueError("__sizeof__() should return >= 0")
        return size + 32
    kind = type(obj)
    if obj is None or obj is ... or kind is object:
        return 16
    if isinstance(obj, bool):
        return 28
    if isinstance(obj, int):
        digits = max(1, (abs(obj).bit_length() + 29) // 30)
        return 24 + 4 * digits
    if isinstance(obj, float):
        return 24
    if isinstance(obj, complex):
        return 32
    if isinstance(obj, str):
        n = len(obj)
        widest = max(map(ord, obj), default=0)
        if widest < 128:
            return 40 + n + 1
        width = 1 if widest < 256 else 2 if widest < 65536 else 4
        return 56 + (n + 1) * width
    if isinstance(obj, bytes):
        return 33 + len(obj)
    if isinstance(obj, bytearray):
        return 56 + (len(obj) + 1 if obj else 0)
    if isinstance(obj, tuple):
        return 40 + 8 * len(obj)
    if isinstance(obj, list):
        return 56 + 8 * len(obj)
    if isinstance(obj, dict):
        if not obj:
            return 64
        size = _dict_table_size(len(obj))
        entry = 16 if all(type(k) is str for k in obj) else 24
        index = 1 if size <= 128 else 2 if size <= 32768 else 4
        return 96 + size * index + (size * 2 // 3) * entry
    if isinstance(obj, (set, frozenset)):
        size = _set_table_size(len(obj))
        return 216 if size == 8 else 216 + 16 * size
    if isinstance(obj, range):
        return 48
    if isinstance(obj, type):
        return 1704
    if callable(obj) and hasattr(obj, '__code__'):
        return 160
    if hasattr(obj, '__dict__') or hasattr(type(obj), '__slots__'):
        slots = 0
        for klass in kind.__mro__:
            names = klass.__dict__.get('__slots__', ())
            names = (names,) if isinstance(names, str) else names
            slots += sum(1 for s in names if s not in ('__dict__', '__weakref__'))
        if '__slots__' in kind.__dict__:
            return 32 + 8 * slots
        return 48
    if default is not None:
        return default
    return 56


# The interpreter has no thread switching of its own to tune; the interval is kept so that
# code reading it back sees what it set.
_switch_interval = 0.005


def getswitchinterval():
    return _switch_interval


def setswitchinterval(interval):
    global _switch_interval
    value = float(interval)
    if not value > 0.0:
        raise ValueError("switch interval must be strictly positive")
    _switch_interval = value


def is_finalizing():
    return False


def call_tracing(func, args):
    if not isinstance(args, tuple):
        raise TypeError("call_tracing(): argument 2 must be tuple, not %s" % type(args).__name__)
    return func(*args)


api_version = 1013


def _install_prefix():
    import sys
    parts = sys.executable.rsplit("/", 2)
    return parts[0] if len(parts) == 3 and parts[0] else "/"


prefix = exec_prefix = base_prefix = base_exec_prefix = _install_prefix()
