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
